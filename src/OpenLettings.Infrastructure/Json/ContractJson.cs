using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Infrastructure.Json;

/// <summary>
/// The JSON contract shared by the command line and the API: camelCase names, enums as their names,
/// ISO-8601 dates, identifiers as plain strings, citations as "001 §43.6". Input is read strictly: a
/// missing required field, a null where none is allowed, an unknown field, an impossible date or an unknown
/// enum value is an error that names the field's JSON path.
/// </summary>
public static class ContractJson
{
    /// <summary>The options every reader and writer of the public contract uses.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.WriteIndented = true;
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>
    /// Applies the contract's settings to <paramref name="options"/> (the web host uses it for the API's JSON, so the
    /// API reads and writes exactly what the CLI and the schemas do).
    /// </summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        // Nulls are written: a field the schema lists is always present, so callers need no "missing or null" cases.
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.AllowTrailingCommas = false;
        options.NumberHandling = JsonNumberHandling.Strict;
        // "£" and "§" are written as themselves: the output is JSON for programs and people, never embedded in HTML.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.ReadCommentHandling = JsonCommentHandling.Skip;
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropDerivedObjects, DescribeClosedHierarchies } };
        options.Converters.Add(new JsonStringEnumConverter(new EnumNamingPolicy(), allowIntegerValues: false));
        options.Converters.Add(new StringIdConverterFactory());
        options.Converters.Add(new CitationConverter());
        options.Converters.Add(new MoneyConverter());
    }

    /// <summary>Reads <typeparamref name="T"/> from JSON text, throwing <see cref="ContractException"/> naming the field at fault.</summary>
    public static T Read<T>(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new ContractException("$", "required", "The document is empty (null); an object is required.");
        }
        catch (JsonException ex)
        {
            throw ContractException.From(ex);
        }
    }

    /// <summary>Writes a value as indented JSON.</summary>
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>The JSON Schema (draft 2020-12) of <typeparamref name="T"/> as this contract reads and writes it.</summary>
    public static JsonNode SchemaOf<T>(string title, string description)
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, schema) =>
            {
                var type = context.TypeInfo.Type;
                var underlying = Nullable.GetUnderlyingType(type) ?? type;
                if (underlying == typeof(Money))
                {
                    return new JsonObject
                    {
                        ["type"] = underlying == type ? "number" : new JsonArray("number", "null"),
                        ["description"] = "An amount in pounds sterling, e.g. 1240.50.",
                    };
                }

                if (IsStringId(underlying) || underlying == typeof(Citation))
                {
                    var node = new JsonObject { ["type"] = underlying == type ? "string" : new JsonArray("string", "null") };
                    if (underlying == typeof(Citation))
                    {
                        node["description"] = "A seed document and section, e.g. \"001 §43.6\".";
                    }

                    return node;
                }

                return schema;
            },
        };
        var root = Options.GetJsonSchemaAsNode(typeof(T), exporterOptions);
        var result = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (key, value) in root.AsObject().ToList())
        {
            result[key] = value?.DeepClone();
        }

        return result;
    }

    /// <summary>
    /// Computed read-only properties that return objects or collections (for example <c>Household.MainApplicant</c>,
    /// <c>Shortlist.Considered</c>) only repeat data already in the document, so they are left out; computed
    /// scalars (a band, a count, a flag) are kept in output because they save every caller re-deriving them.
    /// </summary>
    private static void DropDerivedObjects(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            var property = typeInfo.Properties[i];
            if (property.Set is not null || property.AssociatedParameter is not null)
            {
                continue;
            }

            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var scalar = type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
                || type == typeof(DateOnly) || type == typeof(DateTime) || IsStringId(type);
            if (!scalar)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// A closed hierarchy (an abstract record whose cases are its nested sealed records, such as <c>AwardScope</c>)
    /// is written with a <c>kind</c> discriminator naming the case, so callers can tell the cases apart.
    /// </summary>
    private static void DescribeClosedHierarchies(JsonTypeInfo typeInfo)
    {
        var type = typeInfo.Type;
        if (!type.IsAbstract || type.IsInterface || typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var cases = type.GetNestedTypes().Where(t => t.IsSealed && type.IsAssignableFrom(t)).ToList();
        if (cases.Count == 0)
        {
            return;
        }

        typeInfo.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "kind" };
        foreach (var derived in cases)
        {
            typeInfo.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(derived, JsonNamingPolicy.CamelCase.ConvertName(derived.Name)));
        }
    }

    private static bool IsStringId(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IStringId<>));

    /// <summary>
    /// Enum values in camelCase (<c>privateRented</c>), except codes that are written as the policy writes them:
    /// single letters (bands <c>A</c>-<c>E</c>) and codes with an underscore (<c>B_SevereOvercrowding</c>).
    /// </summary>
    private sealed class EnumNamingPolicy : JsonNamingPolicy
    {
        public override string ConvertName(string name) =>
            name.Length == 1 || name.Contains('_', StringComparison.Ordinal) ? name : CamelCase.ConvertName(name);
    }

    private sealed class StringIdConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => IsStringId(typeToConvert);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(StringIdConverter<>).MakeGenericType(typeToConvert))!;
    }

    private sealed class StringIdConverter<T> : JsonConverter<T> where T : IStringId<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException("An identifier must be a JSON string.");
            }

            var value = reader.GetString();
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new JsonException("An identifier must not be empty.");
            }

            return T.From(value);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetString() is { Length: > 0 } value ? T.From(value) : throw new JsonException("An identifier must not be empty.");

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(value.Value);
    }

    /// <summary>Money is a plain JSON number of pounds (1240.5), read and written exactly as a decimal.</summary>
    private sealed class MoneyConverter : JsonConverter<Money>
    {
        public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number
                ? new Money(reader.GetDecimal())
                : throw new JsonException("An amount of money must be a JSON number of pounds, e.g. 1240.50.");

        public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Pounds);
    }

    private sealed class CitationConverter : JsonConverter<Citation>
    {
        public override Citation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? throw new JsonException("A citation must be a string such as \"001 §43.6\".");
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0)
            {
                throw new JsonException("A citation must be a string such as \"001 §43.6\".");
            }

            return new Citation(text[..space], text[(space + 1)..].TrimStart('§'));
        }

        public override void Write(Utf8JsonWriter writer, Citation value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
