using SmartPolicingLms.Cli;
using SmartPolicingLms.Cli.Preview;

// Commands for course authors and their CI: validate (exit 1 on errors), inspect, and preview.
return args switch
{
    ["validate", var folder] => ValidateCommand.Run(folder, strict: false, Console.Out),
    ["validate", "--strict", var folder] => ValidateCommand.Run(folder, strict: true, Console.Out),
    ["inspect", var folder] => InspectCommand.Run(folder, Console.Out),
    ["preview", var course, var output] => PreviewCommand.Run(course, output, Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          splms validate [--strict] <folder>   check a course folder, or a folder of course folders;
                                       --strict fails on warnings too
          splms inspect <course>               show a course's modules, hours, slots, questions
                                       and certificate wording
          splms preview <course> <folder>      write the course as HTML pages into <folder>, as
                                       recruits and as instructors see it, to read in a
                                       browser before publishing
        """);
    return 2;
}
