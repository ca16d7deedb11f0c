using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace SmartPolicingLms.Web.Localization;

// Localizers for static code (the kernels' wording functions, PDF writers) that has no container to ask. A localizer
// looks up the current UI culture at each use, so one made once still answers each request in its own language.
internal static class Localizers
{
    static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    public static IStringLocalizer For<TStrings>() => Factory.Create(typeof(TStrings));
}
