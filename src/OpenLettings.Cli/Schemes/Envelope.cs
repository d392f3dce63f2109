using System.Text.Json;
using System.Text.Json.Nodes;
using OpenLettings.Domain.Validation;
using OpenLettings.Infrastructure.Json;

namespace OpenLettings.Cli.Schemes;

/// <summary>
/// Reads the parts every request shares before the scheme-specific body: which scheme (the document's
/// <c>scheme</c> field or <c>--scheme</c>; they must agree) and the assessment date.
/// </summary>
internal static class Envelope
{
    public static string SchemeOf(string json, string? schemeOption)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw ContractException.From(ex);
        }

        if (root is not JsonObject obj)
        {
            throw new ContractException("$", "invalid-value", "The input must be a JSON object.");
        }

        var inDocument = obj["scheme"] is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
        if (inDocument is not null && schemeOption is not null && inDocument != schemeOption)
        {
            throw new InputRejectedException([new ValidationError("$.scheme", "scheme-mismatch",
                $"The document is for scheme '{inDocument}' but --scheme says '{schemeOption}'.")]);
        }

        return inDocument ?? schemeOption ?? SchemeRegistry.DefaultSchemeId;
    }
}
