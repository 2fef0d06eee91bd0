using System.Reflection;

namespace Taxonomy.Domain.Tests;

public sealed class DisarmIdsTests
{
    public static TheoryData<string> Formats()
    {
        var data = new TheoryData<string>();
        foreach (var field in FormatFields())
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Fact]
    public void FormatsAreFoundByReflection()
    {
        Assert.Contains(FormatFields(), field => field.Name == nameof(DisarmIds.Technique));
        Assert.Contains(FormatFields(), field => field.Name == nameof(DisarmIds.Playbook));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryFormatAcceptsItsExample(string formatName)
    {
        var format = FormatNamed(formatName);

        Assert.True(format.IsValid(format.Example), $"{formatName} rejects its example {format.Example}.");
        Assert.Equal(format.Example, DisarmIds.Require(format, format.Example, "id"));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryFormatRejectsItsExampleInLowerCase(string formatName)
    {
        var format = FormatNamed(formatName);

        Assert.False(format.IsValid(format.Example.ToLowerInvariant()));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryFormatRejectsNullAndEmpty(string formatName)
    {
        var format = FormatNamed(formatName);

        Assert.False(format.IsValid(null));
        Assert.False(format.IsValid(""));
    }

    [Theory]
    [InlineData(nameof(DisarmIds.Technique), "T0166")]
    [InlineData(nameof(DisarmIds.Technique), "T0166.003")]
    [InlineData(nameof(DisarmIds.Tactic), "TA06")]
    [InlineData(nameof(DisarmIds.Phase), "P01")]
    [InlineData(nameof(DisarmIds.Counter), "C00006")]
    [InlineData(nameof(DisarmIds.Incident), "I00251")]
    [InlineData(nameof(DisarmIds.IncidentTechnique), "IT00000215")]
    [InlineData(nameof(DisarmIds.AssociatedTechnique), "AT00000001")]
    [InlineData(nameof(DisarmIds.Detection), "F00001")]
    [InlineData(nameof(DisarmIds.Metatechnique), "M004")]
    [InlineData(nameof(DisarmIds.ResponseType), "D02")]
    [InlineData(nameof(DisarmIds.ActorType), "A033")]
    [InlineData(nameof(DisarmIds.Resource), "R004")]
    [InlineData(nameof(DisarmIds.Sector), "S007")]
    [InlineData(nameof(DisarmIds.Playbook), "PB00001")]
    [InlineData(nameof(DisarmIds.Task), "TK0001")]
    [InlineData(nameof(DisarmIds.Framework), "FW01")]
    public void FormatAcceptsRealDisarmId(string formatName, string id)
    {
        Assert.True(FormatNamed(formatName).IsValid(id));
    }

    [Theory]
    [InlineData(nameof(DisarmIds.Technique), "T166")]
    [InlineData(nameof(DisarmIds.Technique), "T0166.03")]
    [InlineData(nameof(DisarmIds.Technique), "T0166.")]
    [InlineData(nameof(DisarmIds.Technique), "T0166.003.001")]
    [InlineData(nameof(DisarmIds.Technique), "TA06")]
    [InlineData(nameof(DisarmIds.Technique), "T0166 ")]
    [InlineData(nameof(DisarmIds.Technique), " T0166")]
    [InlineData(nameof(DisarmIds.Technique), "t0166")]
    [InlineData(nameof(DisarmIds.Technique), "")]
    [InlineData(nameof(DisarmIds.Tactic), "TA6")]
    [InlineData(nameof(DisarmIds.Tactic), "TA006")]
    [InlineData(nameof(DisarmIds.Tactic), "ta06")]
    [InlineData(nameof(DisarmIds.Counter), "C0006")]
    [InlineData(nameof(DisarmIds.Counter), "C000006")]
    [InlineData(nameof(DisarmIds.Incident), "I0251")]
    [InlineData(nameof(DisarmIds.Incident), "IT00000215")]
    [InlineData(nameof(DisarmIds.Phase), "P1")]
    [InlineData(nameof(DisarmIds.Playbook), "PB0001")]
    public void FormatRejectsWrongShape(string formatName, string id)
    {
        Assert.False(FormatNamed(formatName).IsValid(id));
    }

    [Theory]
    [InlineData(" t0166 ", "T0166")]
    [InlineData("\u00a0ta06\u00a0", "TA06")]
    [InlineData("\tt0166.003\r\n", "T0166.003")]
    [InlineData("C00006", "C00006")]
    public void NormalizeTrimsWhitespaceIncludingNonBreakingSpacesAndUpperCases(string id, string expected)
    {
        Assert.Equal(expected, DisarmIds.Normalize(id));
    }

    [Fact]
    public void ParentOfSubtechniqueIsTheIdBeforeTheDot()
    {
        Assert.Equal("T0166", DisarmIds.ParentOf("T0166.003"));
    }

    [Fact]
    public void ParentOfTechniqueIsNull()
    {
        Assert.Null(DisarmIds.ParentOf("T0166"));
    }

    [Fact]
    public void RequireReturnsTheNormalisedId()
    {
        Assert.Equal("T0166.003", DisarmIds.Require(DisarmIds.Technique, " t0166.003\u00a0", "techniqueId"));
    }

    [Theory]
    [InlineData("T166")]
    [InlineData("TA06")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void RequireRefusesMalformedIdNamingTheField(string? id)
    {
        var error = Assert.Throws<DomainRuleException>(() => DisarmIds.Require(DisarmIds.Technique, id, "techniqueId"));

        Assert.Equal("techniqueId", error.Field);
    }

    [Fact]
    public void RequireMessageDescribesTheExpectedShape()
    {
        var error = Assert.Throws<DomainRuleException>(() => DisarmIds.Require(DisarmIds.Tactic, "TA6", "tacticId"));

        Assert.Contains("TA06", error.Message, StringComparison.Ordinal);
    }

    private static FieldInfo[] FormatFields() =>
        typeof(DisarmIds)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DisarmIdFormat))
            .ToArray();

    private static DisarmIdFormat FormatNamed(string name) =>
        (DisarmIdFormat)typeof(DisarmIds).GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
