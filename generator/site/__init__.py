"""The site stage: the model rendered into pages and exports (the markup itself lives in templates/).

- render.py: every page and export of the model, through Jinja, with Markdown bodies and name links; only pages
  whose fingerprint changed are rendered (generator/cache.py), in worker processes on big timelines;
- pages.py: page paths and links, the timeline's month/day groups, archives, related events and the
  overview strip's geometry (pure functions of the model, no HTML);
- exports.py: the machine-readable files: Atom feed, iCalendar, TimelineJS JSON, model.json, sitemap, robots.txt;
- search.py: the compact index behind search.html;
- embed.py: the embed/ pages, made for an <iframe> on another site.
"""
