namespace SpineTriage.Rules.Expressions;

/// <summary>The input member paths a bound expression can read, for rule documentation: <c>imaging.Levels[].TranslationMm</c>.</summary>
internal static class BoundInputPaths
{
    public static IReadOnlyList<string> Of(BoundExpression expression)
    {
        var paths = new List<string>();
        Walk(expression, isTarget: false, new Dictionary<LambdaVariable, string>(), paths);
        return paths.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Walk(BoundExpression node, bool isTarget, Dictionary<LambdaVariable, string> variables, List<string> paths)
    {
        switch (node)
        {
            case BoundInput or BoundLambdaVariable when !isTarget && PathOf(node, variables, asTarget: false) is { } path:
                paths.Add(path);
                break;
            case BoundMember member:
                if (!isTarget && PathOf(member, variables, asTarget: false) is { } memberPath)
                {
                    paths.Add(memberPath);
                }

                Walk(member.Target, isTarget: true, variables, paths);
                break;
            case BoundConvert convert:
                Walk(convert.Operand, isTarget, variables, paths);
                break;
            case BoundParameter parameter:
                Walk(parameter.Value, isTarget, variables, paths);
                break;
            case BoundCollectionCall { Variable: { } variable, Body: { } body } call:
                if (PathOf(call.Source, variables, asTarget: false) is { } source)
                {
                    variables[variable] = source;
                }

                Walk(call.Source, isTarget: true, variables, paths);
                Walk(body, isTarget: false, variables, paths);
                break;
            default:
                foreach (var child in node.Children)
                {
                    Walk(child, isTarget: false, variables, paths);
                }

                break;
        }
    }

    /// <summary>The path of a member chain; a lambda variable reads as its collection's path, with [] when a member follows.</summary>
    private static string? PathOf(BoundExpression node, Dictionary<LambdaVariable, string> variables, bool asTarget) => node switch
    {
        BoundInput input => input.Name,
        BoundMember member => PathOf(member.Target, variables, asTarget: true) is { } target ? $"{target}.{member.Property.Name}" : null,
        BoundLambdaVariable lambda => variables.TryGetValue(lambda.Variable, out var source) ? asTarget ? source + "[]" : source : null,
        BoundConvert convert => PathOf(convert.Operand, variables, asTarget),
        BoundParameter parameter => PathOf(parameter.Value, variables, asTarget),
        _ => null,
    };
}
