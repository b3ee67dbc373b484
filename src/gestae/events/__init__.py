"""Event coding: lexicon triggers, argument roles, modality, dates -> CAMEO events."""
