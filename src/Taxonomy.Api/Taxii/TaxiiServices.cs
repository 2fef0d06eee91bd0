namespace Taxonomy.Api.Taxii;

internal static class TaxiiServices
{
    /// <summary>The TAXII server's services, and its error writer ahead of every other problem writer so that errors under /taxii2 are TAXII's.</summary>
    public static IServiceCollection AddTaxii(this IServiceCollection services)
    {
        services.AddSingleton<TaxiiGraphs>();
        services.AddSingleton<TaxiiIdIndexes>();
        services.AddScoped<TaxiiFeed>();
        services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, TaxiiErrorWriter>());
        return services;
    }
}
