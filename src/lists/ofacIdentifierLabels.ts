/**
 * OFAC remark labels that introduce a document or registration number, and the identifier type
 * each becomes. The label itself is kept in the identifier's note ("Cedula No.", "R.F.C."), so
 * nothing is lost by grouping. Each label may be preceded by "alt." in the remarks.
 */
export const OFAC_IDENTIFIER_LABELS: Readonly<Record<string, readonly string[]>> = {
  passport: ["Passport", "Diplomatic Passport", "Official Passport", "Service Passport", "Passport Booklet"],
  "national-id": [
    "National ID No.", "National ID Number", "Identification Number", "Personal ID Card", "Cedula No.", "D.N.I.",
    "C.U.R.P.", "C.U.R.P. #", "C.U.I.", "C.U.I.P.", "National Foreign ID Number", "Residency Number",
    "Birth Certificate Number", "Electoral Registry No.", "Credencial electoral", "I.F.E.", "SSN",
    "Driver's License No.", "Cartilla de Servicio Militar Nacional", "Turkish Identification Number",
    "Numero de Identidad", "Citizen's Card Number", "Kenyan ID No.", "Travel Document Number",
    "Tazkira National ID Card", "Refugee ID Card", "UAE Identification", "VisaNumberID", "Immigration No.",
    "Military Registration Number", "Pilot License Number",
  ],
  "tax-id": [
    "Tax ID No.", "R.F.C.", "R.F.C. #", "RFC", "NIT #", "RUC #", "RIF #", "V.A.T. Number", "Italian Fiscal Code",
    "Italian Fiscal Code:", "US FEIN", "C.U.I.T.", "C.I.F.", "RTN", "Numero Unico de Identificacao Tributaria (NUIT)",
    "Paraguayan tax identification number",
  ],
  uscc: ["Unified Social Credit Code (USCC)", "United Social Credit Code Certificate (USCCC)"],
  swift: ["SWIFT/BIC"],
  lei: ["Legal Entity Number"],
  duns: ["D-U-N-S Number"],
  bik: ["BIK (RU)"],
  imo: ["Vessel Registration Identification IMO", "Identification Number IMO", "Company Number IMO"],
  mmsi: ["MMSI"],
  "call-sign": ["Other Vessel Call Sign", "Vessel Call Sign"],
  "aircraft-msn": ["Aircraft Manufacturer's Serial Number (MSN)"],
  "aircraft-tail-number": ["Aircraft Tail Number"],
  "aircraft-construction-number": ["Aircraft Construction Number (also called L/N or S/N or F/N)"],
  "aircraft-mode-s": ["Aircraft Mode S Transponder Code"],
  "aircraft-serial": ["Aircraft Serial Identification"],
  email: ["Email Address"],
  phone: ["Phone Number", "Telephone", "Telephone:", "Telephone No.", "Telephone No.:"],
  fax: ["Fax", "Fax:", "Fax No.", "Fax No.:", "FAX", "Alt. Fax:"],
  website: ["Website"],
  "chinese-commercial-code": ["Chinese Commercial Code"],
  registration: [
    "Registration Number", "Registration ID", "Business Registration Number", "Company Number", "UK Company Number",
    "Commercial Registry Number", "Government Gazette Number", "Public Registration Number", "Folio Mercantil No.",
    "Matricula Mercantil No", "Chamber of Commerce Number", "Trade License No.", "C.R. No.", "Romanian C.R.",
    "Enterprise Number", "Economic Register Number (CBLS)", "Central Registration System Number", "Business Number",
    "Istanbul Chamber of Comm. No.", "Dubai Chamber of Commerce Membership No.", "Registered Charity No.", "License",
    "Business Registration Document #", "Business Registration Document # CUD:", "Certificate of Incorporation Number",
    "Branch Unit Number", "LE Number", "Organization Code", "Permit Number", "Afghan Money Service Provider License Number",
    "Vessel Registration Identification",
  ],
};

/** Identifier types whose values are written with spaces or punctuation that belong to them. */
export const VERBATIM_IDENTIFIER_TYPES: ReadonlySet<string> = new Set(["phone", "fax", "website", "email", "chinese-commercial-code"]);
