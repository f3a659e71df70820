import threading
defaults = {'retries': 1}
class Client:
    def __init__(self):
        self.cfg = defaults.copy()
    def bump(self):
        self.cfg['retries'] += 1
c = Client()
t = threading.Thread(target=c.bump)
t.start()
t.join()
print(c.cfg['retries'], defaults['retries'])
