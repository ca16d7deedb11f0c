using SmartPolicingLms.Cli;
using SmartPolicingLms.Cli.Preview;

// Commands for course authors and their CI: validate (exit 1 on errors), inspect, and preview.
return args switch
{
    ["validate", .. var flags, var folder] when flags.Length <= 2 && flags.All(f => f is "--strict" or "--items") && flags.Distinct().Count() == flags.Length =>
        ValidateCommand.Run(folder, strict: flags.Contains("--strict"), Console.Out, itemCheck: flags.Contains("--items")),
    ["inspect", var folder] => InspectCommand.Run(folder, Console.Out),
    ["preview", var course, var output] => PreviewCommand.Run(course, output, Console.Out),
    ["preview", "--edition", var language, var course, var output] => PreviewCommand.Run(course, output, Console.Out, language),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          splms validate [--strict] [--items] <folder>
                                       check a course folder, or a folder of course folders;
                                       --strict fails on warnings too; --items adds the
                                       item-writing check (CUR0601-CUR0606) to the warnings
          splms inspect <course>               show a course's modules, hours, slots, questions,
                                       test forms, certificate wording and an item-writing summary
          splms preview [--edition <lang>] <course> <folder>
                                       write the course (or its edition in <lang>, such as ru)
                                       as HTML pages into <folder>, as recruits and as
                                       instructors see it, to read in a browser before publishing
        """);
    return 2;
}
