# zombielab probe bootstrap: Python imports sitecustomize at start-up from
# PYTHONPATH, so every interpreter of the probed family (main, spawn
# workers, the forkserver, the resource tracker) loads the probe; fork
# children inherit it already loaded. Outside a zombielab run it does nothing.
import os

if os.environ.get('ZL_RUN'):
    import _zl_probe
    _zl_probe.install()
