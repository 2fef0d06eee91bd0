using System.Text.Json.Serialization;

namespace Taxonomy.Api.Layers;

/// <summary>
/// An ATT&amp;CK Navigator layer (layer file format 4.5) over the DISARM matrix: save it as a .json
/// file and open it in the DISARM Navigator, or in an ATT&amp;CK Navigator given DISARM's STIX bundle.
/// </summary>
/// <param name="Name">The layer's name. <example>I00251 The Deepfake Porn Crisis Is Here</example></param>
/// <param name="Versions">The layer format and the Navigator it is written for.</param>
/// <param name="Domain">The Navigator's identifier of the DISARM domain, as the DISARM Navigator's configuration names it. <example>DISARM</example></param>
/// <param name="Description">What the layer shows and what its scores mean.</param>
/// <param name="Techniques">The techniques the layer annotates, in id order.</param>
/// <param name="Gradient">The colours the Navigator gives scores.</param>
/// <param name="LegendItems">The legend.</param>
/// <param name="Sorting">The order of techniques under a tactic: 0 by name ascending, 1 descending, 2 by score ascending, 3 descending.</param>
/// <param name="Layout">How the Navigator draws the matrix.</param>
/// <param name="HideDisabled">Whether disabled techniques are left out of the view (false: greyed out).</param>
/// <param name="Metadata">What the layer was made from, as name and value pairs.</param>
public sealed record NavigatorLayer(
    string Name,
    LayerVersions Versions,
    string Domain,
    string Description,
    IReadOnlyList<LayerTechnique> Techniques,
    LayerGradient Gradient,
    IReadOnlyList<LayerLegendItem> LegendItems,
    int Sorting,
    LayerLayout Layout,
    bool HideDisabled,
    IReadOnlyList<LayerMetadata> Metadata);

/// <summary>The versions a layer is written for.</summary>
/// <param name="Layer">The layer file format. <example>4.5</example></param>
/// <param name="Navigator">The Navigator version the format goes with. <example>5.0.0</example></param>
public sealed record LayerVersions(string Layer, string Navigator);

/// <summary>A technique or sub-technique as a layer annotates it.</summary>
/// <param name="TechniqueId">The technique's DISARM id. <example>T0166.003</example></param>
/// <param name="Tactic">The shortname of the technique's tactic, as DISARM's STIX bundle spells it (its name in lower case, spaces as hyphens). <example>develop-content</example></param>
/// <param name="Score">The technique's score; what it counts is in the layer's description.</param>
/// <param name="Comment">Free text the Navigator shows with the technique: for an incident, the passages quoted for it.</param>
/// <param name="Enabled">Whether the technique is enabled in the layer.</param>
/// <param name="Metadata">What the annotation was made from, such as the ids of the mappings quoted.</param>
public sealed record LayerTechnique(
    [property: JsonPropertyName("techniqueID")] string TechniqueId,
    string Tactic,
    int Score,
    string Comment,
    bool Enabled,
    IReadOnlyList<LayerMetadata> Metadata);

/// <summary>The colours of scores, from the lowest to the highest.</summary>
/// <param name="Colors">Hexadecimal RGB colours, at least two, spread evenly from minValue to maxValue.</param>
/// <param name="MinValue">The score of the first colour.</param>
/// <param name="MaxValue">The score of the last colour, greater than minValue.</param>
public sealed record LayerGradient(IReadOnlyList<string> Colors, int MinValue, int MaxValue);

/// <summary>An entry of a layer's legend.</summary>
/// <param name="Label">What the colour means.</param>
/// <param name="Color">The colour, as hexadecimal RGB. <example>#ff6666</example></param>
public sealed record LayerLegendItem(string Label, string Color);

/// <summary>How the Navigator draws a layer's matrix.</summary>
/// <param name="Layout">side, flat or mini.</param>
/// <param name="ShowId">Whether ids are shown with names.</param>
/// <param name="ShowName">Whether names are shown.</param>
/// <param name="ShowAggregateScores">Whether a technique shows the aggregate score of its sub-techniques.</param>
/// <param name="CountUnscored">Whether unscored techniques count in aggregate scores.</param>
/// <param name="AggregateFunction">How aggregate scores are made: average, min, max or sum.</param>
/// <param name="ExpandedSubtechniques">Which sub-techniques are shown: none, all, or annotated (those the layer annotates).</param>
public sealed record LayerLayout(
    string Layout,
    [property: JsonPropertyName("showID")] bool ShowId,
    bool ShowName,
    bool ShowAggregateScores,
    bool CountUnscored,
    string AggregateFunction,
    string ExpandedSubtechniques);

/// <summary>A name and value the Navigator shows with a layer or a technique.</summary>
/// <param name="Name">The name. <example>mapping</example></param>
/// <param name="Value">The value. <example>IT00000215</example></param>
public sealed record LayerMetadata(string Name, string Value);
