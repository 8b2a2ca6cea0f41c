"""What the county watches once the data is in: who owes which return and what became of it
(dues, completeness), the run's warnings (crosschecks), the states' words, form titles.
Reads the store; used by publish, the CLI and the web pages.
"""
