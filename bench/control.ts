// The benchmark's control page: the smallest three.js scene (one lit sphere), so the atlas's first
// frame and its orbit frame time can be compared with it on the same machine in the same run.
import { DirectionalLight, Mesh, MeshStandardMaterial, PerspectiveCamera, Scene, SphereGeometry, WebGLRenderer } from 'three';

const renderer = new WebGLRenderer({ antialias: true });
renderer.setSize(window.innerWidth, window.innerHeight);
document.body.appendChild(renderer.domElement);
const scene = new Scene();
const camera = new PerspectiveCamera(35, window.innerWidth / window.innerHeight, 0.1, 100);
camera.position.set(0, 0, 4);
scene.add(new DirectionalLight('#ffffff', 2), new Mesh(new SphereGeometry(1, 64, 32), new MeshStandardMaterial({ color: '#d9a688' })));
requestAnimationFrame(() => {
  renderer.render(scene, camera);
  requestAnimationFrame(() => document.body.setAttribute('data-ready', 'true'));
});
// ?orbit=1: the camera circles the sphere, one render per animation frame (the orbit control)
if (new URLSearchParams(window.location.search).has('orbit')) {
  let angle = 0;
  const orbit = () => {
    angle += 0.02;
    camera.position.set(Math.sin(angle) * 4, 0, Math.cos(angle) * 4);
    camera.lookAt(0, 0, 0);
    renderer.render(scene, camera);
    requestAnimationFrame(orbit);
  };
  requestAnimationFrame(orbit);
}
