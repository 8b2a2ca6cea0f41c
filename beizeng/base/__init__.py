"""The ground every stage stands on: what a Problem is (Chinese message + fix, English code,
file, sheet, cell), the forms and their columns, the county's configuration (beizeng.toml), periods,
numbers and display widths, identifiers, units, safe file writing, the machine's faults, progress
lines and "is this process alive".  It imports nothing else of beizeng; every package may import it.
"""
