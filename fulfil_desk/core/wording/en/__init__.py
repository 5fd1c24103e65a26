"""English: the command line's messages (cli.py) and help (cli_help.py), one module per domain,
as ko/ and zh_CN/ hold theirs. The older domains' English is beside this package (en_*.py);
core/wording has room for no more modules (tests/test_architecture.py), so a new domain's
English goes here."""
