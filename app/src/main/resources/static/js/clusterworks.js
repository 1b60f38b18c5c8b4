// ClusterWorks page behaviour shared by every page (no inline scripts: the content security policy forbids them).
document.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener("focusin", (event) => {
  if (event.target.classList && event.target.classList.contains("copy-field")) {
    event.target.select();
  }
});
