using Microsoft.Extensions.Options;
using NeverSorry.Content.Loading;
using NeverSorry.Web.Images;

namespace NeverSorry.Web.Live;

public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// The content store, loaded before the server starts and reloaded on every edit; the worker that makes its
    /// picture files in the background; the health checks of the content and of its pictures.
    /// </summary>
    public static IServiceCollection AddSiteContent(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ContentOptions>, ContentOptionsValidation>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ContentLoader>();
        services.AddSingleton<LastGoodContent>();
        services.AddSingleton<ContentStore>();
        services.AddSingleton<IContentStore>(sp => sp.GetRequiredService<ContentStore>());
        services.AddSingleton<ContentStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<ContentStartup>());
        services.AddHostedService<ContentWatcher>();
        services.AddSitePictures();
        services.AddSingleton<PictureWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<PictureWorker>());
        services.AddSingleton<PictureFailures>();
        services.AddHealthChecks()
            .AddCheck<ContentHealthCheck>(ContentHealthCheck.Name)
            .AddCheck<PictureHealthCheck>(PictureHealthCheck.Name);
        return services;
    }
}
