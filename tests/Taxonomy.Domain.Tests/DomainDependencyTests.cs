namespace Taxonomy.Domain.Tests;

public sealed class DomainDependencyTests
{
    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("FluentValidation")]
    [InlineData("MediatR")]
    public void DomainReferencesNoInfrastructureOrWebAssembly(string forbiddenPrefix)
    {
        var references = typeof(Technique).Assembly.GetReferencedAssemblies();

        Assert.DoesNotContain(references, reference => reference.Name!.StartsWith(forbiddenPrefix, StringComparison.Ordinal));
    }
}
