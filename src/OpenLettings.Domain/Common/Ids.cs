namespace OpenLettings.Domain.Common;

/// <summary>An identifier that is a non-empty string underneath (serialised as a plain JSON string).</summary>
public interface IStringId<TSelf> where TSelf : IStringId<TSelf>
{
    /// <summary>The underlying value.</summary>
    string Value { get; }

    /// <summary>Creates an id from its string value.</summary>
    static abstract TSelf From(string value);
}

/// <summary>A housing register application (a household's one live application, 001 §2.3).</summary>
public readonly record struct HousingApplicationId(string Value) : IStringId<HousingApplicationId>
{
    public static HousingApplicationId From(string value) => new(value);
    public override string ToString() => Value;
}

/// <summary>A person on an application.</summary>
public readonly record struct MemberId(string Value) : IStringId<MemberId>
{
    public static MemberId From(string value) => new(value);
    public override string ToString() => Value;
}

/// <summary>A home that can be let.</summary>
public readonly record struct PropertyId(string Value) : IStringId<PropertyId>
{
    public static PropertyId From(string value) => new(value);
    public override string ToString() => Value;
}

/// <summary>One advertisement of a home in one letting cycle.</summary>
public readonly record struct AdvertId(string Value) : IStringId<AdvertId>
{
    public static AdvertId From(string value) => new(value);
    public override string ToString() => Value;
}

/// <summary>A bid for an advert.</summary>
public readonly record struct BidId(string Value) : IStringId<BidId>
{
    public static BidId From(string value) => new(value);
    public override string ToString() => Value;
}

/// <summary>A local housing authority, by a short lower-case code (e.g. <c>exeter</c>, <c>east-devon</c>).</summary>
public readonly record struct LocalAuthorityId(string Value) : IStringId<LocalAuthorityId>
{
    public static LocalAuthorityId From(string value) => new(value);
    public override string ToString() => Value;
}

/// <summary>A landlord (a council's housing service or a housing association), by a short code.</summary>
public readonly record struct LandlordId(string Value) : IStringId<LandlordId>
{
    public static LandlordId From(string value) => new(value);
    public override string ToString() => Value;
}
