# A file function called with **options and keyword-only arguments.
import threading

log = []


def configure(host, *, port=80, retries=1):
    log.append(f"{host}:{port}x{retries}")


def work():
    opts = {"port": 8080, "retries": 3}
    configure("db", **opts)
    configure("cache", retries=2)


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
