using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Taxonomy.Infrastructure.History;

namespace Taxonomy.Api.Stix;

/// <summary>
/// How each DISARM type is represented in STIX 2.1: the types DISARM's own bundle has (tactics,
/// techniques, sub-techniques, the matrix, DISARM's identity and marking) exactly as it models
/// them, and the rest in the STIX types OpenCTI imports, with custom x-disarm-* objects only
/// where STIX has no fit. The README's mapping table says the same, with the reasons.
/// </summary>
internal static class StixMapping
{
    public const string SpecVersion = "2.1";

    /// <summary>The STIX types each resource's versions become. References have none: they are the external references of the incidents that cite them.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> TypesOf = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["frameworks"] = ["x-disarm-framework"],
        ["phases"] = ["x-disarm-phase"],
        ["tactics"] = ["x-mitre-tactic"],
        ["techniques"] = ["attack-pattern", "relationship"],
        ["tasks"] = ["x-disarm-task"],
        ["metatechniques"] = ["x-disarm-metatechnique"],
        ["response-types"] = ["x-disarm-response-type"],
        ["resources"] = ["x-disarm-resource"],
        ["sectors"] = ["identity"],
        ["actor-types"] = ["x-disarm-actor-type"],
        ["incidents"] = ["incident"],
        [ObjectVersion.StixlessType] = [],
        ["counters"] = ["course-of-action", "relationship"],
        ["detections"] = ["course-of-action", "relationship"],
        ["playbooks"] = ["x-disarm-playbook"],
        ["incident-techniques"] = ["relationship"],
        ["associated-techniques"] = ["relationship"],
    };

    /// <summary>The types of the objects that are not made from one DISARM object: DISARM's identity and marking, and the matrix of the tactics.</summary>
    public static readonly string[] FrameworkTypes = ["identity", "marking-definition", "x-mitre-matrix"];

    /// <summary>Every STIX type the API serves.</summary>
    public static IEnumerable<string> AllTypes => TypesOf.Values.SelectMany(t => t).Concat(FrameworkTypes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>The STIX objects one version of a DISARM object is: the object itself and the relationships it owns.</summary>
    public static IReadOnlyList<JsonObject> Objects(StixVersion version, StixContext context)
    {
        ArgumentNullException.ThrowIfNull(version);
        using var document = JsonDocument.Parse(version.Snapshot);
        var maker = new Maker(version, document.RootElement, context);
        IEnumerable<JsonObject> made = version.Resource switch
        {
            "frameworks" => [maker.Custom("x-disarm-framework")],
            "phases" => [maker.Custom("x-disarm-phase", ("x_disarm_rank", maker.Number("rank")))],
            "tactics" => [maker.Tactic()],
            "techniques" => maker.Technique(),
            "tasks" => [maker.Custom("x-disarm-task", ("x_disarm_tactic_id", maker.Text("tacticId")), ("x_disarm_framework_id", maker.Text("frameworkId")))],
            "metatechniques" => [maker.Custom("x-disarm-metatechnique")],
            "response-types" => [maker.Custom("x-disarm-response-type")],
            "resources" => [maker.Custom("x-disarm-resource", ("x_disarm_resource_type", maker.Text("resourceType")))],
            "sectors" => [maker.Sector()],
            "actor-types" => [maker.Custom("x-disarm-actor-type", ("x_disarm_sector_ids", maker.List("sectorIds")), ("x_disarm_framework_ids", maker.List("frameworkIds")))],
            "incidents" => [maker.Incident()],
            "counters" => maker.Countermeasure("counter"),
            "detections" => maker.Countermeasure("detection"),
            "playbooks" => [maker.Custom("x-disarm-playbook", ("x_disarm_counter_id", maker.Text("counterId")))],
            "incident-techniques" => maker.IncidentTechniques(),
            "associated-techniques" => maker.AssociatedTechnique(),
            _ => [],
        };

        // Made now, while the snapshot they read is open.
        return [.. made];
    }

    /// <summary>DISARM's identity: as DISARM's bundle has it when the import recorded it.</summary>
    public static JsonObject Identity(StixContext context) =>
        context.RecordedObject("identity") ?? new JsonObject
        {
            ["type"] = "identity",
            ["spec_version"] = SpecVersion,
            ["id"] = context.IdentityId,
            ["created"] = Time(context.FirstChange),
            ["modified"] = Time(context.FirstChange),
            ["name"] = "DISARM Foundation",
            ["description"] = "DISARM is a framework designed for describing and understanding disinformation incidents.",
            ["identity_class"] = "organization",
        };

    /// <summary>DISARM's licence statement, which every object it made carries: as DISARM's bundle has it when recorded.</summary>
    public static JsonObject Marking(StixContext context) =>
        context.RecordedObject("marking") ?? new JsonObject
        {
            ["type"] = "marking-definition",
            ["spec_version"] = SpecVersion,
            ["id"] = context.MarkingId,
            ["created_by_ref"] = context.IdentityId,
            ["created"] = Time(context.FirstChange),
            ["definition_type"] = "statement",
            ["name"] = "DISARM Foundation",
            ["definition"] = new JsonObject { ["statement"] = "CC-BY-SA-4.0 DISARM Foundation" },
        };

    /// <summary>The matrix of the tactics in DISARM's order, created and modified with the tactics; null without tactics.</summary>
    public static JsonObject? Matrix(StixContext context, DateTime created, DateTime modified)
    {
        if (context.Tactics.Count == 0)
        {
            return null;
        }

        var matrix = context.RecordedObject("matrix") ?? new JsonObject
        {
            ["type"] = "x-mitre-matrix",
            ["spec_version"] = SpecVersion,
            ["id"] = context.IdOf("x-mitre-matrix", "matrix"),
            ["name"] = "DISARM Framework",
            ["description"] = "The DISARM framework's tactics, in DISARM's order.",
            ["external_references"] = new JsonArray(new JsonObject { ["source_name"] = "DISARM", ["url"] = "https://github.com/DISARMFoundation", ["external_id"] = "DISARM" }),
        };
        matrix["created"] = Time(created);
        matrix["modified"] = Time(modified);
        matrix["tactic_refs"] = new JsonArray([.. context.Tactics.Select(t => (JsonNode)context.IdOf("x-mitre-tactic", t.Id))]);
        return matrix;
    }

    /// <summary>A STIX timestamp: UTC, to the microsecond the versions keep.</summary>
    public static string Time(DateTime time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private sealed class Maker(StixVersion version, JsonElement snapshot, StixContext context)
    {
        private readonly Infrastructure.Catalog.DisarmType _type = DisarmTypes.Named(version.Resource)!;

        public string? Text(string property) =>
            snapshot.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

        public JsonValue? Number(string property) =>
            snapshot.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? JsonValue.Create(value.GetInt64()) : null;

        public JsonArray? List(string property) =>
            snapshot.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0
                ? new JsonArray([.. value.EnumerateArray().Select(item => (JsonNode?)JsonValue.Create(item.ToString()))])
                : null;

        public IEnumerable<string> Strings(string property) =>
            snapshot.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)
                : [];

        public JsonObject Tactic()
        {
            var tactic = Named("x-mitre-tactic");
            tactic["x_mitre_shortname"] = StixContext.ShortNameOf(Text("name") ?? version.ObjectId);
            return tactic;
        }

        public IEnumerable<JsonObject> Technique()
        {
            var technique = Sdo("attack-pattern", version.ObjectId);
            Add(technique, "name", Text("name"));
            Add(technique, "description", Text("summary"));
            if (Text("tacticId") is { } tacticId && context.ShortNames.TryGetValue(tacticId, out var phase))
            {
                technique["kill_chain_phases"] = new JsonArray(new JsonObject { ["kill_chain_name"] = "mitre-attack", ["phase_name"] = phase });
            }

            technique["external_references"] = new JsonArray(PageReference("mitre-attack"));
            technique["object_marking_refs"] = new JsonArray(context.MarkingId);
            var parentId = Text("parentId");
            technique["x_mitre_is_subtechnique"] = parentId is not null;
            technique["x_mitre_platforms"] = new JsonArray("Windows", "Linux", "Mac");
            technique["x_mitre_version"] = SpecVersion;
            yield return technique;
            if (parentId is not null && context.Techniques.Contains(parentId))
            {
                // As DISARM's bundle has it: no creator, and an empty description.
                var relationship = Relationship("subtechnique-of", $"{version.ObjectId} subtechnique-of {parentId}", technique["id"]!.GetValue<string>(), TechniqueRef(parentId), "");
                relationship.Remove("created_by_ref");
                yield return relationship;
            }
        }

        public JsonObject Sector()
        {
            // An identity of class "class" is what OpenCTI imports as a sector.
            var sector = Named("identity");
            sector["identity_class"] = "class";
            return sector;
        }

        public JsonObject Incident()
        {
            var incident = Sdo("incident", version.ObjectId);
            Add(incident, "name", Text("name"));
            Add(incident, "description", Text("summary"));
            var references = new JsonArray(PageReference("DISARM"));
            foreach (var url in Strings("urls"))
            {
                references.Add(new JsonObject { ["source_name"] = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : "source", ["url"] = url });
            }

            incident["external_references"] = references;
            incident["object_marking_refs"] = new JsonArray(context.MarkingId);
            Add(incident, "x_disarm_object_type", Text("objectType"));
            Add(incident, "x_disarm_year_started", Number("yearStarted"));
            Add(incident, "x_disarm_attributions_seen", Text("attributionsSeen"));
            Add(incident, "x_disarm_found_in_country", Text("foundInCountry"));
            Add(incident, "x_disarm_notes", Text("notes"));
            Add(incident, "x_disarm_when_added", Text("whenAdded"));
            Add(incident, "x_disarm_found_via", Text("foundVia"));
            return incident;
        }

        /// <summary>
        /// Counters and detections are both courses of action, which OpenCTI links to techniques by
        /// mitigates only; x_disarm_countermeasure says which a course of action is.
        /// </summary>
        public IEnumerable<JsonObject> Countermeasure(string kind)
        {
            var countermeasure = Named("course-of-action");
            countermeasure["x_disarm_countermeasure"] = kind;
            Add(countermeasure, "x_disarm_metatechnique_id", Text("metatechniqueId"));
            Add(countermeasure, "x_disarm_tactic_id", Text("tacticId"));
            Add(countermeasure, "x_disarm_response_type_id", Text("responseTypeId"));
            Add(countermeasure, "x_disarm_actor_type_ids", List("actorTypeIds"));
            Add(countermeasure, "x_disarm_resource_ids", List("resourceIds"));
            Add(countermeasure, "x_disarm_incident_ids", List("incidentIds"));
            Add(countermeasure, "x_disarm_how_found", Text("howFound"));
            Add(countermeasure, "x_disarm_references", Text("references"));
            Add(countermeasure, "x_disarm_notes", Text("notes"));
            Add(countermeasure, "x_disarm_tags", Text("tags"));
            yield return countermeasure;
            var source = countermeasure["id"]!.GetValue<string>();
            foreach (var techniqueId in Strings("techniqueIds").Where(context.Techniques.Contains).Distinct(StringComparer.Ordinal))
            {
                yield return Relationship("mitigates", $"{version.ObjectId} mitigates {techniqueId}", source, TechniqueRef(techniqueId), null);
            }
        }

        /// <summary>A mapping is one relationship per technique, from the incident, carrying the passage quoted from the incident's source.</summary>
        public IEnumerable<JsonObject> IncidentTechniques()
        {
            if (Text("incidentId") is not { } incidentId || !context.Incidents.Contains(incidentId))
            {
                yield break;
            }

            foreach (var techniqueId in Strings("techniqueIds").Where(context.Techniques.Contains).Distinct(StringComparer.Ordinal))
            {
                var uses = Relationship("uses", $"{version.ObjectId} uses {techniqueId}", context.IdOf("incident", incidentId), TechniqueRef(techniqueId), Text("description"));
                uses["external_references"] = new JsonArray(new JsonObject { ["source_name"] = "DISARM", ["external_id"] = version.ObjectId });
                Add(uses, "x_disarm_version", Text("disarmVersion"));
                yield return uses;
            }
        }

        public IEnumerable<JsonObject> AssociatedTechnique()
        {
            if (Text("techniqueId") is { } from && Text("associatedTechniqueId") is { } to && context.Techniques.Contains(from) && context.Techniques.Contains(to))
            {
                var related = Relationship("related-to", $"{version.ObjectId} related-to", TechniqueRef(from), TechniqueRef(to), Text("description"));
                related["external_references"] = new JsonArray(new JsonObject { ["source_name"] = "DISARM", ["external_id"] = version.ObjectId });
                yield return related;
            }
        }

        /// <summary>A custom object (STIX 2.1, 11.1) for a DISARM type STIX has no fit for: its name, summary and the properties given.</summary>
        public JsonObject Custom(string type, params (string Name, JsonNode? Value)[] properties)
        {
            var custom = Named(type);
            foreach (var (name, value) in properties)
            {
                Add(custom, name, value);
            }

            return custom;
        }

        /// <summary>An object of DISARM's with its name, summary, DISARM external reference and marking.</summary>
        private JsonObject Named(string type)
        {
            var named = Sdo(type, version.ObjectId);
            Add(named, "name", Text("name"));
            Add(named, "description", Text("summary"));
            named["external_references"] = new JsonArray(PageReference("DISARM"));
            named["object_marking_refs"] = new JsonArray(context.MarkingId);
            return named;
        }

        private JsonObject Sdo(string type, string name) => new()
        {
            ["type"] = type,
            ["spec_version"] = SpecVersion,
            ["id"] = context.IdOf(type, name),
            ["created_by_ref"] = context.IdentityId,
            ["created"] = Time(version.Created),
            ["modified"] = Time(version.Modified),
        };

        private JsonObject Relationship(string kind, string name, string source, string target, string? description)
        {
            var relationship = new JsonObject
            {
                ["type"] = "relationship",
                ["spec_version"] = SpecVersion,
                ["id"] = context.IdOf("relationship", name),
                ["created_by_ref"] = context.IdentityId,
                ["created"] = Time(version.Created),
                ["modified"] = Time(version.Modified),
                ["relationship_type"] = kind,
            };
            if (description is not null)
            {
                relationship["description"] = description;
            }

            relationship["source_ref"] = source;
            relationship["target_ref"] = target;
            relationship["object_marking_refs"] = new JsonArray(context.MarkingId);
            return relationship;
        }

        private string TechniqueRef(string techniqueId) => context.IdOf("attack-pattern", techniqueId);

        /// <summary>The object's id, and its page where DISARM publishes pages of its type.</summary>
        private JsonObject PageReference(string sourceName)
        {
            var reference = new JsonObject { ["source_name"] = sourceName };
            if (_type.PageFolder is { } folder)
            {
                reference["url"] = new Uri(context.PagesBaseUrl, $"{folder}/{version.ObjectId}.md").ToString();
            }

            reference["external_id"] = version.ObjectId;
            return reference;
        }

        /// <summary>STIX allows no null and no empty list: a property without a value is left out.</summary>
        private static void Add(JsonObject target, string name, JsonNode? value)
        {
            if (value is not null)
            {
                target[name] = value;
            }
        }

        private static void Add(JsonObject target, string name, string? value)
        {
            if (value is not null)
            {
                target[name] = value;
            }
        }
    }
}
