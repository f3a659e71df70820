import threading
defaults = {'retries': 1, 'mode': 'a'}
class Client:
    def __init__(self, cfg):
        self.copy = dict(cfg)
        self.alias = cfg
c = Client(defaults)
def tweak():
    defaults['retries'] = 5
t = threading.Thread(target=tweak)
t.start()
t.join()
print(c.copy['retries'], c.alias['retries'])
