using Microsoft.Extensions.DependencyInjection.Extensions;
using NeverSorry.Content.Pictures;
using NeverSorry.Web.Site;

namespace NeverSorry.Web.Images;

public static class PictureServiceCollectionExtensions
{
    /// <summary>The picture cache (which the content loader asks what decoded before), the planner and the jobs that make the files.</summary>
    public static IServiceCollection AddSitePictures(this IServiceCollection services)
    {
        services.AddOptions<PictureOptions>()
            .BindConfiguration(PictureOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<PictureCache>();
        services.AddSingleton<IVerifiedPictures>(sp => sp.GetRequiredService<PictureCache>());
        // The planner plans a share card for each status the run will have from today, in the site's time zone.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SiteToday>();
        services.AddSingleton<PicturePlanner>();
        services.AddSingleton<PictureJobs>();
        return services;
    }
}
