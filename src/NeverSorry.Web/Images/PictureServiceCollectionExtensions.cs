namespace NeverSorry.Web.Images;

public static class PictureServiceCollectionExtensions
{
    /// <summary>The picture cache, the planner the content loader uses, and the background worker that makes the files.</summary>
    public static IServiceCollection AddSitePictures(this IServiceCollection services)
    {
        services.AddOptions<PictureOptions>()
            .BindConfiguration(PictureOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<PictureCache>();
        services.AddSingleton<PicturePlanner>();
        services.AddSingleton<PictureJobs>();
        services.AddSingleton<PictureWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<PictureWorker>());
        return services;
    }
}
