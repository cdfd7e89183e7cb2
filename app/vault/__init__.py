"""The encrypted vault: key hierarchy, SQLCipher connection, migrations, backups."""
