using System.Text.Json;
using System.Text.Json.Serialization;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.SwanTransfer;

namespace OpenLettings.Domain.Tests.Schemes.SwanTransfer;

/// <summary>The CLI examples under docs/examples/swan-transfer deserialise and assess as documented.</summary>
public class SwanExampleTests
{
    /// <summary>The CLI input envelope.</summary>
    public sealed record SwanExample
    {
        public required string Scheme { get; init; }

        public required DateOnly AsOf { get; init; }

        public required SwanApplication Application { get; init; }
    }

    private static readonly JsonSerializerOptions Json = CreateJson();

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new StringIdConverterFactory());
        return options;
    }

    private static SwanExample Load(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "docs", "examples", "swan-transfer")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var text = File.ReadAllText(Path.Combine(directory.FullName, "docs", "examples", "swan-transfer", name));
        var example = JsonSerializer.Deserialize<SwanExample>(text, Json);
        Assert.NotNull(example);
        Assert.Equal(SwanTransferScheme.Id, example.Scheme);
        Assert.Empty(SwanApplicationValidator.Validate(example.Application, example.AsOf));
        return example;
    }

    [Fact(DisplayName = "Example: opposite-sex children (12 and 7) sharing in a flat: band two, time reset from band three (002 Appendix 1, §4.2)")]
    public void Example_OvercrowdedFamily_BandTwo()
    {
        var example = Load("overcrowded-family.json");
        var assessment = SwanTransferScheme.Default().Assess(example.Application, example.AsOf);
        Assert.True(assessment.Eligibility.ConsideredForTransfer);
        Assert.Equal(SwanBand.Two, assessment.Band);
        Assert.Contains(SwanCircumstance.OppositeSexSharingOneOver11, assessment.Banding.Circumstances);
        Assert.Contains(SwanCircumstance.ChildUnder12InFlat, assessment.Banding.Circumstances);
        Assert.Equal(example.AsOf, assessment.WaitingSince);
    }

    [Fact(DisplayName = "Example: couple downsizing from 3 bedrooms to 1 under the scheme: band one (002 §4.5, Appendix 1)")]
    public void Example_DownsizingCouple_BandOne()
    {
        var example = Load("downsizing-couple.json");
        var assessment = SwanTransferScheme.Default().Assess(example.Application, example.AsOf);
        Assert.True(assessment.Eligibility.ConsideredForTransfer);
        Assert.Equal(SwanBand.One, assessment.Band);
        Assert.Equal(HouseholdCategory.CoupleOver60, assessment.Household.Category);
        Assert.Equal(1, assessment.Banding.LimitedToBedrooms);
    }

    /// <summary>Identifiers as plain JSON strings, as the public contract writes them.</summary>
    private sealed class StringIdConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IStringId<>));

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(StringIdConverter<>).MakeGenericType(typeToConvert))!;
    }

    private sealed class StringIdConverter<T> : JsonConverter<T> where T : IStringId<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            T.From(reader.GetString() ?? throw new JsonException("An identifier must be a string."));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
