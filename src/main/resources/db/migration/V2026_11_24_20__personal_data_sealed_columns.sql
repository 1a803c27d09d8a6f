-- Personal data at rest (docs/decisions/0004): ID numbers and phones move into AES-GCM sealed
-- columns ("keyId:base64"), with HMAC-SHA256 hashes for exact search and uniqueness.
-- V2026_11_24_21 (Java, org.anju.region.internal) fills them from the plaintext; _22 drops it.
alter table reg_owner add column id_number_enc text, add column id_number_hash varchar(22),
                      add column phone_enc text, add column phone_hash varchar(22);
alter table reg_resident add column phone_enc text, add column phone_hash varchar(22);
