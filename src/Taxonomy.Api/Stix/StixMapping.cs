using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

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

    /// <summary>
    /// What each resource's versions become: their STIX types, and how one is made. References
    /// have none: they are the external references of the incidents that cite them.
    /// </summary>
    private static readonly Dictionary<string, Shape> Shapes = new(StringComparer.Ordinal)
    {
        [DisarmTypes.Frameworks.Resource] = OneObject("x-disarm-framework"),
        [DisarmTypes.Phases.Resource] = OneObject("x-disarm-phase", (maker, _) => maker.Number("x_disarm_rank", "rank")),
        [DisarmTypes.Tactics.Resource] = OneObject("x-mitre-tactic", (maker, version) =>
            maker.String("x_mitre_shortname", StixContext.ShortNameOf(maker.Text("name") ?? version.ObjectId))),
        [DisarmTypes.Techniques.Resource] = new(["attack-pattern", "relationship"], (maker, _) => maker.Technique()),
        [DisarmTypes.Tasks.Resource] = OneObject("x-disarm-task", (maker, _) =>
        {
            maker.Copy("x_disarm_tactic_id", "tacticId");
            maker.Copy("x_disarm_framework_id", "frameworkId");
        }),
        [DisarmTypes.Metatechniques.Resource] = OneObject("x-disarm-metatechnique"),
        [DisarmTypes.ResponseTypes.Resource] = OneObject("x-disarm-response-type"),
        [DisarmTypes.Resources.Resource] = OneObject("x-disarm-resource", (maker, _) => maker.Copy("x_disarm_resource_type", "resourceType")),

        // An identity of class "class" is what OpenCTI imports as a sector.
        [DisarmTypes.Sectors.Resource] = OneObject("identity", (maker, _) => maker.String("identity_class", "class")),
        [DisarmTypes.ActorTypes.Resource] = OneObject("x-disarm-actor-type", (maker, _) =>
        {
            maker.List("x_disarm_sector_ids", "sectorIds");
            maker.List("x_disarm_framework_ids", "frameworkIds");
        }),
        [DisarmTypes.Incidents.Resource] = new(["incident"], (maker, _) => maker.Incident()),
        [DisarmTypes.References.Resource] = new([], (_, _) => { }),
        [DisarmTypes.Counters.Resource] = new(["course-of-action", "relationship"], (maker, _) => maker.Countermeasure("counter")),
        [DisarmTypes.Detections.Resource] = new(["course-of-action", "relationship"], (maker, _) => maker.Countermeasure("detection")),
        [DisarmTypes.Playbooks.Resource] = OneObject("x-disarm-playbook", (maker, _) => maker.Copy("x_disarm_counter_id", "counterId")),
        [DisarmTypes.IncidentTechniques.Resource] = new(["relationship"], (maker, _) => maker.IncidentTechniques()),
        [DisarmTypes.AssociatedTechniques.Resource] = new(["relationship"], (maker, _) => maker.AssociatedTechnique()),
    };

    /// <summary>The STIX types each resource's versions become.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> TypesOf = Shapes.ToDictionary(pair => pair.Key, pair => pair.Value.Types, StringComparer.Ordinal);

    /// <summary>The types of the objects that are not made from one DISARM object: DISARM's identity and marking, and the matrix of the tactics.</summary>
    public static readonly string[] FrameworkTypes = ["identity", "marking-definition", "x-mitre-matrix"];

    /// <summary>Every STIX type the API serves.</summary>
    public static IEnumerable<string> AllTypes => TypesOf.Values.SelectMany(t => t).Concat(FrameworkTypes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>The STIX objects one version of a DISARM object is: the object itself and the relationships it owns.</summary>
    public static IReadOnlyList<StixObject> Objects(StixVersion version, StixContext context)
    {
        ArgumentNullException.ThrowIfNull(version);
        using var document = JsonDocument.Parse(version.Snapshot);
        using var maker = new Maker(version, document.RootElement, context);
        // A resource no table entry names (a version of a type since removed) makes no objects.
        Shapes.GetValueOrDefault(version.Resource)?.Make(maker, version);
        return maker.Made;
    }

    /// <summary>DISARM's identity: as DISARM's bundle has it when the import recorded it.</summary>
    public static StixObject Identity(StixContext context) => StixObject.From(
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
        });

    /// <summary>DISARM's licence statement, which every object it made carries: as DISARM's bundle has it when recorded.</summary>
    public static StixObject Marking(StixContext context) => StixObject.From(
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
        });

    /// <summary>The matrix of the tactics in DISARM's order, created and modified with the tactics; null without tactics.</summary>
    public static StixObject? Matrix(StixContext context, DateTime created, DateTime modified)
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
        return StixObject.From(matrix);
    }

    /// <summary>A STIX timestamp: UTC, to the microsecond the versions keep.</summary>
    public static string Time(DateTime time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes the objects of one version, one after the other, each into the thread's buffer and
    /// then into a <see cref="StixObject"/> of its own. Properties without a value are left out, as
    /// STIX allows no null and no empty list; text is copied from the snapshot as it is.
    /// </summary>
    private sealed record Shape(string[] Types, Action<Maker, StixVersion> Make);

    /// <summary>Versions that each become one object of <paramref name="stixType"/>: the name, description, reference and marking every DISARM object has, then <paramref name="properties"/>.</summary>
    private static Shape OneObject(string stixType, Action<Maker, StixVersion>? properties = null) =>
        new([stixType], (maker, version) => maker.Custom(stixType, properties is null ? null : () => properties(maker, version)));

    private sealed class Maker : IDisposable
    {
        /// <summary>A buffer grown past this by a long object is let go instead of kept for the thread's next version.</summary>
        private const int KeptBufferBytes = 64 * 1024;

        // One per thread, since making a version's objects never waits: a buffer per version was
        // most of what making a version's objects allocated.
        [ThreadStatic]
        private static ArrayBufferWriter<byte>? t_buffer;

        [ThreadStatic]
        private static Utf8JsonWriter? t_writer;

        private readonly StixVersion _version;
        private readonly JsonElement _snapshot;
        private readonly StixContext _context;
        private readonly Infrastructure.Catalog.DisarmType _type;
        private readonly ArrayBufferWriter<byte> _buffer;
        private readonly Utf8JsonWriter _writer;
        private readonly string _created;
        private readonly string _modified;
        private string _objectType = "";
        private string _objectId = "";
        private string? _sourceRef;
        private string? _targetRef;

        public Maker(StixVersion version, JsonElement snapshot, StixContext context)
        {
            _version = version;
            _snapshot = snapshot;
            _context = context;
            _type = DisarmTypes.Named(version.Resource)!;
            _buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
            _writer = t_writer ??= new Utf8JsonWriter(_buffer);
            _created = Time(version.Created);
            _modified = Time(version.Modified);
        }

        public List<StixObject> Made { get; } = [];

        public string? Text(string property) => HasText(property, out var value) ? value.GetString() : null;

        /// <summary>A snapshot's text property under another name, unless it is missing or empty.</summary>
        public void Copy(string name, string property)
        {
            if (HasText(property, out var value))
            {
                _writer.WritePropertyName(name);
                value.WriteTo(_writer);
            }
        }

        public void Number(string name, string property)
        {
            if (_snapshot.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number)
            {
                _writer.WriteNumber(name, value.GetInt64());
            }
        }

        public void List(string name, string property)
        {
            if (_snapshot.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
            {
                _writer.WriteStartArray(name);
                foreach (var item in value.EnumerateArray())
                {
                    _writer.WriteStringValue(item.ToString());
                }

                _writer.WriteEndArray();
            }
        }

        public void String(string name, string? value)
        {
            if (value is not null)
            {
                _writer.WriteString(name, value);
            }
        }

        public IEnumerable<string> Strings(string property) =>
            _snapshot.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)
                : [];

        public void Technique()
        {
            var id = Begin("attack-pattern", _context.IdOf("attack-pattern", _version.ObjectId));
            Copy("name", "name");
            Copy("description", "summary");
            if (Text("tacticId") is { } tacticId && _context.ShortNames.TryGetValue(tacticId, out var phase))
            {
                _writer.WriteStartArray("kill_chain_phases");
                _writer.WriteStartObject();
                _writer.WriteString("kill_chain_name", "mitre-attack");
                _writer.WriteString("phase_name", phase);
                _writer.WriteEndObject();
                _writer.WriteEndArray();
            }

            ExternalReferences("mitre-attack");
            MarkingRefs();
            var parentId = Text("parentId");
            _writer.WriteBoolean("x_mitre_is_subtechnique", parentId is not null);
            _writer.WriteStartArray("x_mitre_platforms");
            _writer.WriteStringValue("Windows");
            _writer.WriteStringValue("Linux");
            _writer.WriteStringValue("Mac");
            _writer.WriteEndArray();
            _writer.WriteString("x_mitre_version", SpecVersion);
            End();
            if (parentId is not null && _context.Techniques.Contains(parentId))
            {
                // As DISARM's bundle has it: no creator, and an empty description.
                Relationship("subtechnique-of", $"{_version.ObjectId} subtechnique-of {parentId}", id, TechniqueRef(parentId), "", byDisarm: false);
                End();
            }
        }

        public void Incident()
        {
            Begin("incident", _context.IdOf("incident", _version.ObjectId));
            Copy("name", "name");
            Copy("description", "summary");
            _writer.WriteStartArray("external_references");
            PageReference("DISARM");
            foreach (var url in Strings("urls"))
            {
                _writer.WriteStartObject();
                _writer.WriteString("source_name", Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : "source");
                _writer.WriteString("url", url);
                _writer.WriteEndObject();
            }

            _writer.WriteEndArray();
            MarkingRefs();
            Copy("x_disarm_object_type", "objectType");
            Number("x_disarm_year_started", "yearStarted");
            Copy("x_disarm_attributions_seen", "attributionsSeen");
            Copy("x_disarm_found_in_country", "foundInCountry");
            Copy("x_disarm_notes", "notes");
            Copy("x_disarm_when_added", "whenAdded");
            Copy("x_disarm_found_via", "foundVia");
            End();
        }

        /// <summary>
        /// Counters and detections are both courses of action, which OpenCTI links to techniques by
        /// mitigates only; x_disarm_countermeasure says which a course of action is.
        /// </summary>
        public void Countermeasure(string kind)
        {
            var source = Custom("course-of-action", () =>
            {
                _writer.WriteString("x_disarm_countermeasure", kind);
                Copy("x_disarm_metatechnique_id", "metatechniqueId");
                Copy("x_disarm_tactic_id", "tacticId");
                Copy("x_disarm_response_type_id", "responseTypeId");
                List("x_disarm_actor_type_ids", "actorTypeIds");
                List("x_disarm_resource_ids", "resourceIds");
                List("x_disarm_incident_ids", "incidentIds");
                Copy("x_disarm_how_found", "howFound");
                Copy("x_disarm_references", "references");
                Copy("x_disarm_notes", "notes");
                Copy("x_disarm_tags", "tags");
            });
            foreach (var techniqueId in Strings("techniqueIds").Where(_context.Techniques.Contains).Distinct(StringComparer.Ordinal))
            {
                Relationship("mitigates", $"{_version.ObjectId} mitigates {techniqueId}", source, TechniqueRef(techniqueId), null);
                End();
            }
        }

        /// <summary>A mapping is one relationship per technique, from the incident, carrying the passage quoted from the incident's source.</summary>
        public void IncidentTechniques()
        {
            if (Text("incidentId") is not { } incidentId || !_context.Incidents.Contains(incidentId))
            {
                return;
            }

            foreach (var techniqueId in Strings("techniqueIds").Where(_context.Techniques.Contains).Distinct(StringComparer.Ordinal))
            {
                Relationship("uses", $"{_version.ObjectId} uses {techniqueId}", _context.IdOf("incident", incidentId), TechniqueRef(techniqueId), Text("description"));
                DisarmReference();
                Copy("x_disarm_version", "disarmVersion");
                End();
            }
        }

        public void AssociatedTechnique()
        {
            if (Text("techniqueId") is { } from && Text("associatedTechniqueId") is { } to && _context.Techniques.Contains(from) && _context.Techniques.Contains(to))
            {
                Relationship("related-to", $"{_version.ObjectId} related-to", TechniqueRef(from), TechniqueRef(to), Text("description"));
                DisarmReference();
                End();
            }
        }

        /// <summary>
        /// An object of DISARM's with its name, summary, DISARM external reference and marking,
        /// then what <paramref name="properties"/> writes: for a custom object (STIX 2.1, 11.1), a
        /// DISARM type STIX has no fit for, those are its x_disarm_* properties. Returns its id.
        /// </summary>
        public string Custom(string type, Action? properties = null)
        {
            var id = Begin(type, _context.IdOf(type, _version.ObjectId));
            Copy("name", "name");
            Copy("description", "summary");
            ExternalReferences("DISARM");
            MarkingRefs();
            properties?.Invoke();
            End();
            return id;
        }

        /// <summary>Lets go of the thread's buffer if an object grew it too far; otherwise the next version's first object resets it.</summary>
        public void Dispose()
        {
            if (_buffer.Capacity > KeptBufferBytes)
            {
                (t_buffer, t_writer) = (null, null);
            }
        }

        /// <summary>Starts an object with the properties every object made from a version has, and returns its id.</summary>
        private string Begin(string type, string id, bool byDisarm = true)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset();
            (_objectType, _objectId, _sourceRef, _targetRef) = (type, id, null, null);
            _writer.WriteStartObject();
            _writer.WriteString("type", type);
            _writer.WriteString("spec_version", SpecVersion);
            _writer.WriteString("id", id);
            if (byDisarm)
            {
                _writer.WriteString("created_by_ref", _context.IdentityId);
            }

            _writer.WriteString("created", _created);
            _writer.WriteString("modified", _modified);
            return id;
        }

        private void End()
        {
            _writer.WriteEndObject();
            _writer.Flush();
            Made.Add(new StixObject(_objectType, _objectId, _modified, _sourceRef, _targetRef, _buffer.WrittenSpan.ToArray()));
        }

        /// <summary>Starts a relationship, up to its marking; the caller may add properties before it ends it.</summary>
        private void Relationship(string kind, string name, string source, string target, string? description, bool byDisarm = true)
        {
            Begin("relationship", _context.IdOf("relationship", name), byDisarm);
            _writer.WriteString("relationship_type", kind);
            String("description", description);
            _writer.WriteString("source_ref", source);
            _writer.WriteString("target_ref", target);
            (_sourceRef, _targetRef) = (source, target);
            MarkingRefs();
        }

        private string TechniqueRef(string techniqueId) => _context.IdOf("attack-pattern", techniqueId);

        private void MarkingRefs()
        {
            _writer.WriteStartArray("object_marking_refs");
            _writer.WriteStringValue(_context.MarkingId);
            _writer.WriteEndArray();
        }

        private void ExternalReferences(string sourceName)
        {
            _writer.WriteStartArray("external_references");
            PageReference(sourceName);
            _writer.WriteEndArray();
        }

        /// <summary>The object's id, and its page where DISARM publishes pages of its type.</summary>
        private void PageReference(string sourceName)
        {
            _writer.WriteStartObject();
            _writer.WriteString("source_name", sourceName);
            if (_type.PageFolder is { } folder)
            {
                _writer.WriteString("url", new Uri(_context.PagesBaseUrl, $"{folder}/{_version.ObjectId}.md").ToString());
            }

            _writer.WriteString("external_id", _version.ObjectId);
            _writer.WriteEndObject();
        }

        /// <summary>A relationship's DISARM id, as its only external reference.</summary>
        private void DisarmReference()
        {
            _writer.WriteStartArray("external_references");
            _writer.WriteStartObject();
            _writer.WriteString("source_name", "DISARM");
            _writer.WriteString("external_id", _version.ObjectId);
            _writer.WriteEndObject();
            _writer.WriteEndArray();
        }

        /// <summary>Whether the snapshot has the property as text that is not empty: STIX allows no empty string where a value is optional.</summary>
        private bool HasText(string property, out JsonElement value) =>
            _snapshot.TryGetProperty(property, out value) && value.ValueKind == JsonValueKind.String && !value.ValueEquals(ReadOnlySpan<byte>.Empty);
    }
}
