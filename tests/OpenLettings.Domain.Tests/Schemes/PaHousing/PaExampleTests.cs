using System.Text.Json;
using System.Text.Json.Serialization;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.PaHousing;

namespace OpenLettings.Domain.Tests.Schemes.PaHousing;

/// <summary>The CLI examples under docs/examples/pa-housing deserialise and give their documented outcome.</summary>
public class PaExampleTests
{
    private sealed record Example(string Scheme, DateOnly AsOf, PaHousingApplication Application);

    private static readonly JsonSerializerOptions Json = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
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

    private static Example Load(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenLettings.slnx")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var path = Path.Combine(directory.FullName, "docs", "examples", "pa-housing", name);
        var example = JsonSerializer.Deserialize<Example>(File.ReadAllText(path), Json);
        Assert.NotNull(example);
        Assert.Equal(PaHousingScheme.SchemeId, example.Scheme);
        Assert.Empty(PaHousingApplicationValidator.Validate(example.Application, example.AsOf));
        return example;
    }

    [Fact(DisplayName = "Example: a London family overcrowded by 2 bedrooms is Band B and needs 3 bedrooms (004 Appendix 2 B1, §4.7)")]
    public void Example_LondonOvercrowdedTransfer_BandB()
    {
        var example = Load("london-overcrowded-transfer.json");
        var result = PaHousingScheme.Default().Assess(example.Application, example.AsOf);
        Assert.Equal(SubRegion.London, result.SubRegion);
        Assert.True(result.Eligibility.Eligible);
        Assert.Equal(3, result.Bedrooms.Bedrooms);
        Assert.Equal(PaBand.B, result.Banding.Band);
        Assert.Equal(new DateOnly(2025, 9, 15), result.Banding.PriorityDate);
        Assert.True(result.MayBid);

        var inMidlands = PaHousingScheme.Default().Assess(example.Application with { LocalAuthority = new LocalAuthorityId("nottingham") }, example.AsOf);
        Assert.Equal(PaBand.A, inMidlands.Banding.Band);
    }

    [Fact(DisplayName = "Example: £20,000 savings is over the Midlands threshold of £16,000 (004 §4.1)")]
    public void Example_MidlandsSavingsOverThreshold_NotEligible()
    {
        var example = Load("midlands-savings-over-threshold.json");
        var result = PaHousingScheme.Default().Assess(example.Application, example.AsOf);
        Assert.Equal(SubRegion.Midlands, result.SubRegion);
        Assert.False(result.Eligibility.Eligible);
        Assert.Equal("PA.Eligibility.FinancialThresholds", Assert.Single(result.Eligibility.Failures).RuleId);
        Assert.Equal(PaBand.C, result.Banding.Band);
        Assert.Equal(example.AsOf.AddDays(21), result.AppealBy);
    }

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
            T.From(reader.GetString() ?? throw new JsonException("An identifier must be a JSON string."));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
