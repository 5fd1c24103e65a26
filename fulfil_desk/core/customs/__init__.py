"""Customs for parcels that cross a border: the products' HS codes, origins and customs
descriptions, the Korean recipient's personal customs clearance code (PCCC), and the CN22 /
CN23 declaration printed with the label."""
