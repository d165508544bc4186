# ThreadPoolExecutor.map over a list of "downloads".
from concurrent.futures import ThreadPoolExecutor
import time

URLS = ['http://a.example', 'http://b.example', 'http://c.example']


def download(url):
    time.sleep(0.02)
    return url, len(url)


with ThreadPoolExecutor(max_workers=3) as executor:
    for url, size in executor.map(download, URLS):
        print(url, size)
print('done')
