using SpineTriage.Rules.Expressions.Syntax;
using SpineTriage.Rules.Inputs;

namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>
/// The <see cref="System.Text.Json.JsonElement"/> methods RulesEngine users write over a JSON input (its <c>rules10</c>
/// shape: <c>input1.GetProperty("category").GetString() == "abc"</c>), on an input typed by a JSON Schema or a sample:
/// <c>GetProperty</c> with a literal name is that member, and <c>GetString</c>, <c>GetBoolean</c>, <c>GetInt32</c>,
/// <c>GetInt64</c>, <c>GetDouble</c>, <c>GetDecimal</c>, <c>GetDateTime</c> read a member of that JSON type. A getter of
/// another type than the schema gives the member is a load error (RulesEngine would throw at every evaluation).
/// </summary>
internal sealed partial class ExpressionBinder
{
    /// <summary>A JSON accessor over a JSON input, bound; null when the call is not one (another method, or not on a JSON input).</summary>
    private BoundExpression? BindJsonAccessor(CallSyntax call)
    {
        if (call.Receiver is null || !IsJsonAccessor(call.Name))
        {
            return null;
        }

        var target = BindNode(call.Receiver);
        if (call.Name.Equals("GetProperty", StringComparison.OrdinalIgnoreCase))
        {
            if (!ShapeTypes.IsShapeType(target.Type))
            {
                return null;
            }

            return call.Arguments is [LiteralSyntax { Value: string name }]
                ? BindMemberOf(target, name, call, TextOf(call))
                : throw Error(ExpressionDiagnosticCodes.MethodNotAllowed, $"GetProperty on the JSON input '{target.Text}' takes one member name in quotes, such as GetProperty(\"category\").", call);
        }

        if (Unwrap(target) is not BoundMember { Target: var owner } || !ShapeTypes.IsShapeType(owner.Type) || call.Arguments.Count != 0)
        {
            return null;
        }

        var wanted = call.Name.ToUpperInvariant() switch
        {
            "GETSTRING" => typeof(string),
            "GETBOOLEAN" => typeof(bool),
            "GETINT32" or "GETINT64" => typeof(long),
            "GETDOUBLE" => typeof(double),
            "GETDECIMAL" => typeof(decimal),
            _ => typeof(DateTime),
        };
        var actual = TypeRules.Underlying(target.Type);
        if (actual == wanted)
        {
            return target;
        }

        if (wanted is var number && (number == typeof(double) || number == typeof(decimal)) && (actual == typeof(long) || actual == typeof(double)))
        {
            return new BoundConvert(target, number) { IsExplicit = true };
        }

        throw Error(ExpressionDiagnosticCodes.TypeMismatch,
            $"{call.Name}() reads a {Describe(wanted)}, but the input's schema makes '{target.Text}' {TypeRules.Describe(target.Type)}; RulesEngine would throw here at every evaluation.", call);

        static string Describe(Type type) => type == typeof(long) ? "whole number" : TypeRules.Describe(type);
    }

    private static bool IsJsonAccessor(string name) => name.ToUpperInvariant() is "GETPROPERTY" or "GETSTRING" or "GETBOOLEAN" or "GETINT32" or "GETINT64" or "GETDOUBLE" or "GETDECIMAL" or "GETDATETIME";

    private static BoundExpression Unwrap(BoundExpression node) => node is BoundConvert convert ? Unwrap(convert.Operand) : node;
}
