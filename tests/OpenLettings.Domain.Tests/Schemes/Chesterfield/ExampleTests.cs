using System.Text.Json;
using System.Text.Json.Serialization;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.Chesterfield;

namespace OpenLettings.Domain.Tests.Schemes.Chesterfield;

/// <summary>The CLI examples in docs/examples/chesterfield deserialise and give the documented outcome.</summary>
public class ExampleTests
{
    private sealed record Example(string Scheme, DateOnly AsOf, ChesterfieldApplication Application);

    private static readonly JsonSerializerOptions Json = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new StringIdConverterFactory());
        return options;
    }

    private static Example Load(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "docs", "examples", "chesterfield")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var text = File.ReadAllText(Path.Combine(dir.FullName, "docs", "examples", "chesterfield", name));
        var example = JsonSerializer.Deserialize<Example>(text, Json);
        Assert.NotNull(example);
        Assert.Equal("chesterfield", example.Scheme);
        Assert.Empty(ChesterfieldApplicationValidator.Validate(example.Application, example.AsOf));
        return example;
    }

    [Fact(DisplayName = "Example: Chesterfield tenant in a 2-bed flat with a boy of 9 and a girl of 5 is Band C (C-2 and the children-in-flats difference) (003 Appendix B 7(vii) C-2; §3.17)")]
    public void Example_CbcTenantFlatWithChildren_BandC()
    {
        var example = Load("cbc-tenant-flat-with-children.json");
        var result = ChesterfieldScheme.Default().Assess(example.Application, example.AsOf);
        Assert.Equal(RegistrationStatus.Live, result.Status);
        Assert.Equal(ChesterfieldBand.C, result.Band);
        Assert.Equal(3, result.BedroomNeed.BedroomsNeeded);
        Assert.Contains(BandReasonCode.C2OvercrowdedOneBedroom, result.Banding.ReasonCodes);
        Assert.Contains(BandReasonCode.CbcChildrenInFlat, result.Banding.ReasonCodes);
        Assert.Equal(new DateOnly(2026, 1, 5), result.PriorityDate);
    }

    [Fact(DisplayName = "Example: main duty owed, out of area, small debt with a payment record: live in B+1, tier 3 for Chesterfield homes (003 Appendix B 7(iii), 5(viii)(c); §3.14)")]
    public void Example_MainDutyOutOfArea_BPlus1()
    {
        var example = Load("main-duty-out-of-area.json");
        var result = ChesterfieldScheme.Default().Assess(example.Application, example.AsOf);
        Assert.Equal(RegistrationStatus.Live, result.Status);
        Assert.Equal(PriorityLevel.BPlus1, result.Level);
        Assert.Equal(new DateOnly(2026, 3, 16), result.PriorityDate);
        Assert.False(result.Residency.MeetsRequirement);
        Assert.Equal(2, result.BedroomNeed.People.Length);
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
            T.From(reader.GetString() ?? throw new JsonException("An id must be a string."));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
