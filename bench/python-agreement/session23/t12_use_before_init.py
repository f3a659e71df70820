# BUG: order violation — the main thread uses the connection the worker sets up in run() without waiting for it
import threading
import time


class Client(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.conn = None

    def run(self):
        time.sleep(0.001)  # connecting
        self.conn = {"host": "example", "open": True}


def main():
    client = Client()
    client.start()
    # missing: wait until connected
    assert client.conn is not None, "used before connected"
    print("host", client.conn["host"])
    client.join()


main()
