"""A list class attribute is shared by every instance; an int instance attribute is not."""
import threading


class Session:
    log = []
    opened = 0

    def __init__(self, name):
        self.name = name
        self.requests = 0

    def handle(self):
        self.requests += 1
        Session.log.append(self.name)


alpha = Session("alpha")
beta = Session("beta")


def serve(session, n):
    for _ in range(n):
        session.handle()


if __name__ == "__main__":
    threads = [threading.Thread(target=serve, args=(alpha, 2)), threading.Thread(target=serve, args=(beta, 3))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    log_size = len(Session.log)
    alpha_count = alpha.requests
    beta_count = beta.requests
