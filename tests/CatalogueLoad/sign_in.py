# Signs in as the first administrator of a fresh installation (one-time code, then a new password)
# and prints the cookie header on its last line, for tests/CatalogueLoad/run.sh.
import http.cookiejar, os, re, urllib.parse, urllib.request
base = os.environ['LMS_BASE']
code = open(os.path.join(os.environ['LMS_DATA'], 'first-admin-code.txt')).read().strip().split()[-1]
cj=http.cookiejar.CookieJar()
op=urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cj))
def form(path):
    html=op.open(base+path).read().decode()
    fields=dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"',html))
    return html,fields
html,f=form('/Account/Login')
f.update({'Input.Email':'admin@localhost','Input.Password':code})
r=op.open(base+'/Account/Login',urllib.parse.urlencode(f).encode())
html,f=form('/first-sign-in')
names=re.findall(r'name="(Input\.[A-Za-z]+|[A-Za-z.]*Password[A-Za-z]*)"',html)
pw='Measure-Password-2026'
for n in names:
    if 'assword' in n: f[n]=pw
r=op.open(base+'/first-sign-in',urllib.parse.urlencode(f).encode())
page=op.open(base+'/catalogue').read().decode()
assert 'ghana' in page.lower(), 'signed in, but the catalogue does not list the Ghana course'
print('; '.join(f'{c.name}={c.value}' for c in cj))
