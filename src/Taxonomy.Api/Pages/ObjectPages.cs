using static Taxonomy.Api.Pages.PageText;

namespace Taxonomy.Api.Pages;

/// <summary>
/// The pages of single objects (techniques/T0002.md and the like). Their templates are DISARM's,
/// down to the label punctuation, trailing spaces and blank lines, which differ from page to page.
/// </summary>
internal sealed class ObjectPages(DisarmWorkbook workbook)
{
    public RenderedPage Technique(DisarmRow technique)
    {
        var id = technique.Id;
        var tacticId = technique["tactic_id"];
        var page = StartPage()
            .Append($"# Technique {id}: {technique.Name}\n\n**Summary**: {technique.Summary}\n\n")
            .Append($"**Tactic**: {tacticId} {workbook.Tactics.NameOf(tacticId)} {ParentOf(id)}\n\n");
        page.AppendTable("| Associated Technique | Description |", "| --------- | ------------------------- |", AssociatedTechniqueRows(id)).Append("\n\n");
        page.AppendTable("| Incident | Descriptions given for this incident |", "| -------- | -------------------- |", IncidentRows(id)).Append("\n\n");
        page.AppendTable(CountersHeader, CountersSeparator, workbook.CountersOfTechnique(id).Select(CounterRow)).Append("\n\n");
        return EndPage(page);
    }

    public RenderedPage Incident(DisarmRow incident)
    {
        var page = StartPage()
            .Append($"# Incident {incident.Id}: {incident.Name}\n\n* **Summary:** {incident.Summary}\n\n")
            .Append($"* **incident type**: {incident["objecttype"]}\n\n* **Year started:** {incident["year_started"]}\n\n")
            .Append($"* **Countries:** {incident["attributions_seen"]} , {incident["found_in_country"]}\n\n")
            .Append($"* **Found via:** {incident["found_via"]}\n\n* **Date added:** {incident["when_added"]}\n\n");
        var references = workbook.ReferencesOf(incident)
            .Select(url => Row($"[{url["url_id"]}]({url["url_id"]})", url["pub_date"], url["authors"], url["org"], $"[{url["archive_link"]}]({url["archive_link"]})"));
        page.AppendTable("| Reference | Pub Date | Authors | Org | Archive |", "| --------- | -------- | ------- | --- | ------- |", references).Append("\n \n");
        var techniques = workbook.TechniquesOf(incident.Id).OrderBy(pair => pair.TechniqueId, StringComparer.Ordinal)
            .Select(pair => Row(workbook.Techniques.LinkTo(pair.TechniqueId), pair.Description));
        page.AppendTable("| Technique | Description given for this incident |", "| --------- | ------------------------- |", techniques).Append("\n\n");
        return EndPage(page);
    }

    /// <summary>
    /// DISARM's generator never filled "Counters these Tactics", "Seen in incidents" or the
    /// playbooks line, so they stay empty whatever the counter's cells say.
    /// </summary>
    public RenderedPage Counter(DisarmRow counter)
    {
        var page = StartPage()
            .Append($"# Counter {counter.Id}: {counter.Name}\n\n* **Summary**: {counter.Summary}\n\n* **Playbooks**: \n\n")
            .Append($"* **Metatechnique**: {counter["metatechnique"]}\n\n* **Resources needed:** {counter["resources_needed"]}\n\n")
            .Append($"* **Belongs to tactic stage**: {counter.FirstWordOf("tactic")}\n\n");
        var actorTypes = DisarmWorkbook.ActorTypeIdsOf(counter).Select(workbook.ActorTypes.Find).OfType<DisarmRow>().OrderBy(actorType => actorType.Id, StringComparer.Ordinal)
            .Select(actorType => Row(Link(workbook.ActorTypes.Type, actorType.Id, actorType.Name), actorType["sector_ids"]));
        page.AppendTable("| Actor types | Sectors |", "| ----------- | ------- |", actorTypes).Append("\n\n");
        page.AppendTable("| Counters these Tactics |", "| ---------------------- |", []).Append("\n\n");
        var techniques = DisarmWorkbook.TechniqueIdsOf(counter).Where(workbook.Techniques.Contains)
            .Select(id => Row(workbook.Techniques.LinkTo(id)));
        page.AppendTable("| Counters these Techniques |", "| ------------------------- |", techniques).Append("\n\n");
        page.AppendTable("| Seen in incidents |", "| ----------------- |", []).Append("\n\n");
        return EndPage(page);
    }

    public RenderedPage Tactic(DisarmRow tactic)
    {
        var id = tactic.Id;
        var page = StartPage()
            .Append($"# Tactic {id}: {tactic.Name}\n\n* **Summary:** {tactic.Summary}\n\n* **Belongs to phase:** {tactic["phase_id"]}\n\n\n");
        page.AppendTable("| Tasks |", "| ----- |", LinksOf(workbook.Tasks, id)).Append("\n\n");
        page.AppendTable("| Techniques |", "| ---------- |", LinksOf(workbook.Techniques, id)).Append("\n\n");
        var counters = ByResponseType(workbook.Counters.Rows.Where(counter => counter.FirstWordOf("tactic") == id));
        page.AppendTable(CountersHeader, CountersSeparator, counters.Select(CounterRow)).Append("\n\n");
        return EndPage(page);
    }

    public static RenderedPage Task(DisarmRow task) =>
        EndPage(StartPage().Append($"# Task {task.Id}: {task.Name}\n\n* **Summary:** {task.Summary}\n\n* **Belongs to tactic stage:** {task["tactic_id"]}\n\n"));

    public static RenderedPage Phase(DisarmRow phase) => EndPage(StartPage().Append($"# Phase {phase.Id}: {phase.Name}\n\n* **Summary:** {phase.Summary}\n\n"));

    /// <summary>Unlike tactic and metatechnique pages, lists its counters by id alone.</summary>
    public RenderedPage ActorType(DisarmRow actorType)
    {
        var page = StartPage()
            .Append($"# Actor {actorType.Id}: {actorType.Name}\n\n* **Summary:** {actorType.Summary}\n\n")
            .Append($"* **Sector:** {actorType["sector_ids"]}\n\n* **Viewpoint:** {actorType["framework_ids"]}\n\n");
        page.AppendTable(CountersHeader, CountersSeparator, workbook.CountersOfActorType(actorType.Id).Select(CounterRow)).Append("\n\n");
        return EndPage(page);
    }

    public RenderedPage Metatechnique(DisarmRow metatechnique)
    {
        var id = metatechnique.Id;
        var counters = ByResponseType(workbook.Counters.Rows.Where(counter => counter.FirstWordOf("metatechnique") == id));
        var page = StartPage()
            .Append($"# Metatechnique {id}: {metatechnique.Name}\n\n* **Summary:** {metatechnique.Summary}\n\n")
            .AppendTable(CountersHeader, CountersSeparator, counters.Select(CounterRow)).Append("\n\n\n");
        return EndPage(page);
    }

    private string ParentOf(string techniqueId)
    {
        var dot = techniqueId.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return "";
        }

        var parentId = techniqueId[..dot];
        return $"<br><br>**Parent Technique:** {parentId} {workbook.Techniques.NameOf(parentId)}";
    }

    private IEnumerable<string[]> AssociatedTechniqueRows(string techniqueId) =>
        workbook.AssociatedTechniquesOf(techniqueId)
            .OrderBy(row => row["associated_technique_id"], StringComparer.Ordinal)
            .Select(row => Row(workbook.Techniques.LinkTo(row["associated_technique_id"]), row["description"]));

    /// <summary>One row per incident, quoting every passage given for the pair, repeats included.</summary>
    private IEnumerable<string[]> IncidentRows(string techniqueId) =>
        workbook.IncidentsOf(techniqueId)
            .GroupBy(pair => pair.IncidentId, StringComparer.Ordinal)
            .OrderBy(incident => incident.Key, StringComparer.Ordinal)
            .Select(incident => Row(workbook.Incidents.LinkTo(incident.Key), string.Join(", ", incident.Select(pair => pair.Description))));

    private static IEnumerable<string[]> LinksOf(DisarmSheet sheet, string tacticId) =>
        sheet.Rows.Where(row => row["tactic_id"] == tacticId)
            .OrderBy(row => row.Id, StringComparer.Ordinal)
            .Select(row => Row(Link(sheet.Type, row.Id, row.Name)));

    private static IEnumerable<DisarmRow> ByResponseType(IEnumerable<DisarmRow> counters) =>
        counters.OrderBy(counter => counter["responsetype"], StringComparer.Ordinal).ThenBy(counter => counter.Id, StringComparer.Ordinal);
}
