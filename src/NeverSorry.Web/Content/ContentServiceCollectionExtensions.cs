namespace NeverSorry.Web.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>The content store, loaded before the server starts and reloaded on every edit, and its health check.</summary>
    public static IServiceCollection AddSiteContent(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ContentLoader>();
        services.AddSingleton<ContentStore>();
        services.AddSingleton<IContentStore>(sp => sp.GetRequiredService<ContentStore>());
        services.AddSingleton<ContentStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<ContentStartup>());
        services.AddHostedService<ContentWatcher>();
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("content");
        return services;
    }
}
