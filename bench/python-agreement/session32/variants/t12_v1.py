# BUG: order violation: the request handler starts before the init thread has loaded the config and reads
# the default timeout (None) instead of the configured one.
import threading


class Config:
    def __init__(self):
        self.timeout = None
        self.retries = 0


config = Config()
handled = []


def load_config():
    settings = {"timeout": 5, "retries": 3}
    config.timeout = settings["timeout"]
    config.retries = settings["retries"]


def handle_request(request_id):
    timeout = config.timeout
    retries = config.retries
    if timeout is None:
        handled.append((request_id, "no-timeout", retries))
    else:
        handled.append((request_id, timeout, retries))


init = threading.Thread(target=load_config)
workers = [threading.Thread(target=handle_request, args=(i,)) for i in range(2)]
init.start()
for w in workers:
    w.start()
init.join()
for w in workers:
    w.join()

handled.sort()
print(handled)
print("config", config.timeout, config.retries)

