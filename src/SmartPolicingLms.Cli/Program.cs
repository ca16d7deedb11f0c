using SmartPolicingLms.Cli;

// Two commands for course authors and their CI: validate (exit 1 on errors) and inspect.
return args switch
{
    ["validate", var folder] => ValidateCommand.Run(folder, strict: false, Console.Out),
    ["validate", "--strict", var folder] => ValidateCommand.Run(folder, strict: true, Console.Out),
    ["inspect", var folder] => InspectCommand.Run(folder, Console.Out),
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
        """);
    return 2;
}
