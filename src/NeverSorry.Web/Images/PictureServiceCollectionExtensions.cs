using NeverSorry.Content.Pictures;

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
        services.AddSingleton<PicturePlanner>();
        services.AddSingleton<PictureJobs>();
        return services;
    }
}
