"""The command line: one thin module of click commands each, parsing options and calling the application
and the output formats. It may import every layer below it (the language server included); nothing in
cvlint imports it but ``cvlint.__main__``."""
