"""Running the pipeline: Prefect's environment and the county's background Prefect server
(orchestrator).  The flows themselves are in the top-level ``flows/`` package.
"""
