# check: concurrent.futures.wait([]) returns two empty sets (no error), unlike asyncio.wait
from concurrent.futures import ThreadPoolExecutor, wait

sizes = []
with ThreadPoolExecutor(max_workers=1) as ex:
    fs = []
    done, pending = wait(fs)
    sizes.append(len(done))
    sizes.append(len(pending))
