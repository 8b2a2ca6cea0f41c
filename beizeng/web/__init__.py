"""报送平台: the web page where senders upload returns and see their problems at once.

The web layer adds no rules about returns: an upload is written into the inbox and handed to the
same plain functions the watcher calls (``beizeng.intake.watch.process``), and every page reads the
analysts' published warehouse.  What is its own: accounts, sessions, explanations of warnings and
an audit trail, kept in a small SQLite file beside beizeng.toml (``beizeng.web.store``) because the
warehouse is rebuilt, restored and published; they are mirrored into the warehouse at every writing
run the web does, so they are queryable there too.
"""
