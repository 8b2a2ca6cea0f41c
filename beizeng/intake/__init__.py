"""From a file in the inbox to rows in the warehouse: the safety inspection, reading the grid,
headers by meaning, layouts, the other ways a table is written (views: turned, key：value, side by side,
indicators, a kind per column read long in spread), the returns a workbook holds (parts), identifying form/sender/period,
normalising, validating, the checks, the load (ingest: check → record → insert, the typed states in verdict), the feedback workbook sent
back, the inbox and its watcher.
It never imports publish (and publish never imports it): a return's way in and the outputs' way
out meet only in the store.
"""
