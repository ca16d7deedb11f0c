namespace SmartPolicingLms.Web.Features.Completion;

// The words of the completion pages and of what a recruit still misses (MissingWords).
internal sealed class CompletionStrings;
