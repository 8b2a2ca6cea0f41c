"""Returns made by hand, the way township and department clerks make them, not from beizeng's templates.

`make.py` writes one workbook per function (each in its own style); `hostile.py` the hostile inputs of
issue 12.  Each docstring states the figures a person reading the return would take from it;
tests/test_handmade.py checks that beizeng takes exactly those.
"""
