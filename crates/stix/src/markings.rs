//! The standard TLP marking definitions.

/// TLP 2.0 levels, ordered from least to most restrictive.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Tlp {
    Clear,
    Green,
    Amber,
    AmberStrict,
    Red,
}

impl Tlp {
    pub const ALL: [Tlp; 5] = [
        Tlp::Clear,
        Tlp::Green,
        Tlp::Amber,
        Tlp::AmberStrict,
        Tlp::Red,
    ];

    /// The standard STIX marking-definition id of this TLP 2.0 level.
    pub fn marking_id(self) -> &'static str {
        match self {
            Tlp::Clear => "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
            Tlp::Green => "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            Tlp::Amber => "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            Tlp::AmberStrict => "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
            Tlp::Red => "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
        }
    }

    /// The level as people type it and forms send it: `clear`, `green`, `amber`,
    /// `amber+strict`, `red` (what [`Tlp::parse`] reads back).
    pub fn level(self) -> &'static str {
        match self {
            Tlp::Clear => "clear",
            Tlp::Green => "green",
            Tlp::Amber => "amber",
            Tlp::AmberStrict => "amber+strict",
            Tlp::Red => "red",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Tlp::Clear => "TLP:CLEAR",
            Tlp::Green => "TLP:GREEN",
            Tlp::Amber => "TLP:AMBER",
            Tlp::AmberStrict => "TLP:AMBER+STRICT",
            Tlp::Red => "TLP:RED",
        }
    }

    /// Reads a TLP marking id, mapping the TLP 1.0 ids that STIX 2.1 predefined onto 2.0.
    pub fn from_marking_id(id: &str) -> Option<Tlp> {
        match id {
            "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9" => Some(Tlp::Clear), // TLP 1.0 WHITE
            "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da" => Some(Tlp::Green), // TLP 1.0 GREEN
            "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82" => Some(Tlp::Amber), // TLP 1.0 AMBER
            "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed" => Some(Tlp::Red), // TLP 1.0 RED
            _ => Tlp::ALL.into_iter().find(|t| t.marking_id() == id),
        }
    }

    /// Reads `clear`, `green`, `amber`, `amber+strict`/`amber_strict` or `red`, any case, with or
    /// without the `TLP:` prefix.
    pub fn parse(s: &str) -> Option<Tlp> {
        let s = s.to_ascii_lowercase();
        let s = s.strip_prefix("tlp:").unwrap_or(&s);
        match s {
            "clear" | "white" => Some(Tlp::Clear),
            "green" => Some(Tlp::Green),
            "amber" => Some(Tlp::Amber),
            "amber+strict" | "amber_strict" | "amber-strict" => Some(Tlp::AmberStrict),
            "red" => Some(Tlp::Red),
            _ => None,
        }
    }

    /// As [`Tlp::parse`], or the message every interface gives for a level that is not one.
    pub fn parse_level(s: &str) -> Result<Tlp, String> {
        Tlp::parse(s).ok_or_else(|| {
            format!("'{s}' is not a TLP level: use clear, green, amber, amber+strict or red")
        })
    }

    /// Stable small integer for storage; ordered like the levels.
    pub fn code(self) -> i64 {
        self as i64
    }

    pub fn from_code(code: i64) -> Option<Tlp> {
        Tlp::ALL.into_iter().find(|t| t.code() == code)
    }
}
