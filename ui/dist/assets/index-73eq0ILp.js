(function(){const e=document.createElement("link").relList;if(e&&e.supports&&e.supports("modulepreload"))return;for(const r of document.querySelectorAll('link[rel="modulepreload"]'))i(r);new MutationObserver(r=>{for(const s of r)if(s.type==="childList")for(const a of s.addedNodes)a.tagName==="LINK"&&a.rel==="modulepreload"&&i(a)}).observe(document,{childList:!0,subtree:!0});function n(r){const s={};return r.integrity&&(s.integrity=r.integrity),r.referrerPolicy&&(s.referrerPolicy=r.referrerPolicy),r.crossOrigin==="use-credentials"?s.credentials="include":r.crossOrigin==="anonymous"?s.credentials="omit":s.credentials="same-origin",s}function i(r){if(r.ep)return;r.ep=!0;const s=n(r);fetch(r.href,s)}})();const xu=!1;var Bs=Array.isArray,fd=Array.prototype.indexOf,Dr=Array.prototype.includes,Vs=Array.from,Su=Object.defineProperty,yr=Object.getOwnPropertyDescriptor,gd=Object.getOwnPropertyDescriptors,pd=Object.prototype,md=Array.prototype,Mu=Object.getPrototypeOf,Eo=Object.isExtensible;const vd=()=>{};function _d(t){for(var e=0;e<t.length;e++)t[e]()}function Eu(){var t,e,n=new Promise((i,r)=>{t=i,e=r});return{promise:n,resolve:t,reject:e}}function bd(t,e){if(Array.isArray(t))return t;if(!(Symbol.iterator in t))return Array.from(t);const n=[];for(const i of t)if(n.push(i),n.length===e)break;return n}const Ft=2,qi=4,Ws=8,Au=1<<24,hn=16,vn=32,ai=64,Aa=128,Ya=256,mn=512,Ct=1024,ut=2048,en=4096,Bt=8192,zt=16384,er=32768,Tr=1<<25,Ai=65536,As=1<<17,yd=1<<18,tr=1<<19,wd=1<<20,Dn=1<<25,Ds=1<<21,Fi=1<<22,ii=1<<23,ji=Symbol("$state"),Du=Symbol("component"),kd=Symbol(""),Tu=Symbol("attributes"),Da=Symbol("class"),xd=Symbol("style"),Ta=Symbol("text"),xs=Symbol("form reset"),Nr=new class extends Error{name="StaleReactionError";message="The reaction that called `getAbortSignal()` was re-run or destroyed"},Sd=!!globalThis.document?.contentType&&globalThis.document.contentType.includes("xml"),Md=1,Ed=2,Ou=4,Ad=8,Dd=16,Td=1,Od=2,Cu={},Ot=Symbol("uninitialized"),Cd="http://www.w3.org/1999/xhtml";function $d(){console.warn("https://svelte.dev/e/derived_inert")}function Pd(){console.warn("https://svelte.dev/e/select_multiple_invalid_value")}function Ld(){console.warn("https://svelte.dev/e/svelte_boundary_reset_noop")}function $u(t){return t===this.v}function Id(t,e){return t!=t?e==e:t!==e||t!==null&&typeof t=="object"||typeof t=="function"}function Pu(t){return!Id(t,this.v)}function Lu(t){throw new Error("https://svelte.dev/e/lifecycle_outside_component")}function zd(){throw new Error("https://svelte.dev/e/async_derived_orphan")}function Rd(t,e,n){throw new Error("https://svelte.dev/e/each_key_duplicate")}function Fd(t){throw new Error("https://svelte.dev/e/effect_in_teardown")}function jd(){throw new Error("https://svelte.dev/e/effect_in_unowned_derived")}function Nd(t){throw new Error("https://svelte.dev/e/effect_orphan")}function Bd(){throw new Error("https://svelte.dev/e/effect_update_depth_exceeded")}function Vd(){throw new Error("https://svelte.dev/e/state_descriptors_fixed")}function Wd(){throw new Error("https://svelte.dev/e/state_prototype_fixed")}function Hd(){throw new Error("https://svelte.dev/e/state_unsafe_mutation")}function qd(){throw new Error("https://svelte.dev/e/svelte_boundary_reset_onerror")}let Kd=!1,It=null;function Ki(t){It=t}function bn(t,e=!1,n){It={p:It,i:!1,c:null,e:null,s:t,x:null,r:Ie,l:null}}function yn(t){var e=It,n=e.e;if(n!==null){e.e=null;for(var i of n)Xu(i)}return e.i=!0,It=e.p,Za(t)}function Za(t={}){return Su(t,Du,{value:!0}),t}function Iu(){return!0}let _i=[];function zu(){var t=_i;_i=[],_d(t)}function Wn(t){if(_i.length===0&&!wr){var e=_i;queueMicrotask(()=>{e===_i&&zu()})}_i.push(t)}function Ud(){for(;_i.length>0;)zu()}const Yd=-7169;function kt(t,e){t.f=t.f&Yd|e}function Ga(t){(t.f&mn)!==0||t.deps===null?kt(t,Ct):kt(t,en)}function Ru(t,e){(t.f&ut)!==0?e.set(t,ut):(t.f&en)!==0&&e.get(t)!==ut&&e.set(t,en),kt(t,Ct)}let Ao=!1;function Zd(){Ao||(Ao=!0,document.addEventListener("reset",t=>{Promise.resolve().then(()=>{if(!t.defaultPrevented)for(const e of t.target.elements)e[xs]?.()})},{capture:!0}))}function nr(t){var e=De,n=Ie;ln(null),Pn(null);try{return t()}finally{ln(e),Pn(n)}}function Xa(t,e,n,i=n){t.addEventListener(e,()=>nr(n));const r=t[xs];r?t[xs]=()=>{r(),i(!0)}:t[xs]=()=>i(!0),Zd()}function Gd(t,e,n,i){const r=Qa;var s=t.filter(g=>!g.settled),a=e.map(r);if(n.length===0&&s.length===0){i(a);return}var o=Ie,l=Xd(),u=s.length===1?s[0].promise:s.length>1?Promise.all(s.map(g=>g.promise)):null;function d(g){if((o.f&zt)===0){l();try{i([...a,...g])}catch(v){An(v,o)}Ts()}}var h=Fu();if(n.length===0){u.then(()=>d([])).finally(h);return}function f(){Promise.all(n.map(g=>Qd(g))).then(d).catch(g=>An(g,o)).finally(h)}u?u.then(()=>{if((o.f&zt)!==0){h();return}l(),f(),Ts()}):f()}function Xd(){var t=Ie,e=De,n=It,i=ke;return function(s=!0){Pn(t),ln(e),Ki(n),s&&(t.f&zt)===0&&(i?.activate(),i?.apply())}}function Ts(t=!0){Pn(null),ln(null),Ki(null),t&&ke?.deactivate()}function Fu(){var t=Ie,e=t.b,n=ke,i=!!e?.is_rendered();return e?.update_pending_count(1,n),n.increment(i,t),()=>{e?.update_pending_count(-1,n),n.decrement(i,t)}}function Qa(t){var e=Ft|ut;return Ie!==null&&(Ie.f|=tr),{ctx:It,deps:null,effects:null,equals:$u,f:e,fn:t,reactions:null,rv:0,v:Ot,wv:0,parent:Ie,ac:null}}const gr=Symbol("obsolete");function Qd(t,e,n){let i=Ie;i===null&&zd();var r=void 0,s=Di(Ot),a=!De,o=new Set;return gh(()=>{var l=Ie,u=Eu();r=u.promise;try{Promise.resolve(t()).then(u.resolve,g=>{g!==Nr&&u.reject(g)}).finally(Ts)}catch(g){u.reject(g),Ts()}var d=ke;if(a){if((l.f&er)!==0)var h=Fu();if(i.b?.is_rendered())d.async_deriveds.get(l)?.reject(gr);else for(const g of o.values())g.reject(gr);o.add(u),d.async_deriveds.set(l,u)}const f=(g,v=void 0)=>{h?.(),o.delete(u),v!==gr&&(d.activate(),v?(s.f|=ii,Ui(s,v)):((s.f&ii)!==0&&(s.f^=ii),Ui(s,g)),d.deactivate())};u.promise.then(f,g=>f(null,g||"unknown"))}),io(()=>{for(const l of o)l.reject(gr)}),new Promise(l=>{function u(d){function h(){d===r?l(s):u(r)}d.then(h,h)}u(r)})}function We(t){const e=Qa(t);return ic(e),e}function Jd(t){const e=Qa(t);return e.equals=Pu,e}function eh(t){var e=t.effects;if(e!==null){t.effects=null;for(var n=0;n<e.length;n+=1)Yt(e[n])}}function Ja(t){var e,n=Ie,i=t.parent;if(!li&&i!==null&&t.v!==Ot&&(i.f&(zt|Bt))!==0)return $d(),t.v;Pn(i);try{eh(t),e=oc(t)}finally{Pn(n)}return e}function ju(t){var e=Ja(t);if(!t.equals(e)&&(t.wv=sc(),(!ke?.is_fork||t.deps===null)&&(ke!==null?(ke.capture(t,e,!0),Ni?.capture(t,e,!0)):t.v=e,t.deps===null))){kt(t,Ct);return}li||(fn!==null?(no()||ke?.is_fork)&&fn.set(t,e):Ga(t))}function th(t){if(t.effects!==null)for(const e of t.effects)(e.teardown||e.ac)&&(e.teardown?.(),e.ac!==null&&nr(()=>{e.ac.abort(Nr),e.ac=null}),e.fn!==null&&(e.teardown=vd),Cr(e,0),ro(e))}function Nu(t){if(t.effects!==null)for(const e of t.effects)e.teardown&&e.fn!==null&&Yi(e)}let ia=null,Li=null,ke=null,Ni=null,fn=null,Oa=null,wr=!1,ra=!1,kr=null,Ss=null;var Do=0;let nh=1;class oi{id=nh++;started=!1;linked=!0;prev=null;next=null;async_deriveds=new Map;current=new Map;previous=new Map;#t=new Set;#l=new Set;#e=0;#a=new Map;#n=null;#i=[];#s=[];#r=new Map;#o=new Map;#f=new Set;is_fork=!1;#u=!1;constructor(){Li===null?ia=Li=this:(Li.next=this,this.prev=Li),Li=this}#g(){if(this.is_fork)return!0;for(const e of this.#a.keys())if(!this.#v(e))return!0;return!1}#v(e){for(var n=e;n!==null;n=n.parent)if(this.#o.has(n))return!0;return!1}skip_effect(e){this.#o.has(e)||this.#o.set(e,{d:[],m:[]}),this.#f.delete(e)}unskip_effect(e,n=i=>this.schedule(i)){var i=this.#o.get(e);if(i){this.#o.delete(e);for(var r of i.d)kt(r,ut),n(r);for(r of i.m)kt(r,en),n(r)}this.#f.add(e)}#c(){var e=[];for(const s of this.#i)if(!((s.f&zt)!==0||(s.f&(ut|en))===0)){for(var n=s,i=!1;n.parent!==null;){n=n.parent;var r=n.f;if((r&(ai|vn))!==0){if((r&Ct)===0){i=!0;break}n.f^=Ct}}i||e.push(n)}return this.#i=[],e}#p(){this.started=!0;for(const[o,l]of this.#r)kt(o,l),this.schedule(o);this.apply();for(var e=kr=[],n=[],i=Ss=[];this.#i.length>0;){Do++>1e3&&(this.#h(),rh());for(const o of this.#c())try{this.#b(o,e,n)}catch(l){throw Wu(o),this.#g()||this.discard(),l}}if(ke=null,i.length>0){var r=oi.ensure();for(const o of i)r.schedule(o)}if(kr=null,Ss=null,this.#g()){this.#m(n),this.#m(e);for(const[o,l]of this.#o)Vu(o,l);i.length>0&&ke.#p();return}const s=this.#k();if(s){this.#m(n),this.#m(e),s.#d(this);return}this.#r.clear();for(const o of this.#t)o(this);this.#t.clear(),Ni=this,To(n),To(e),Ni=null,this.#n?.resolve();var a=ke;this.#e===0&&(this.#i.length===0||a!==null)&&this.#h(),a!==null&&(Tn.clear(),a.#p())}#b(e,n,i){e.f^=Ct;for(var r=e.first;r!==null;){var s=r.f,a=(s&(vn|ai))!==0,o=a&&(s&Ct)!==0,l=o||(s&Bt)!==0||this.#o.has(r);if(!l&&r.fn!==null){a?r.f^=Ct:(s&qi)!==0?n.push(r):Hr(r)&&((s&hn)!==0&&this.add_dirty_reaction(r,en),Yi(r));var u=r.first;if(u!==null){r=u;continue}}for(;r!==null;){var d=r.next;if(d!==null){r=d;break}r=r.parent}}}#k(){for(var e=this.prev;e!==null;e=e.prev)if(!e.is_fork&&this.#_(e))return e;return null}#_(e){for(const[n,[,i]]of this.current)if(!i&&e.current.has(n))return!0;return!1}#d(e){for(const[i,r]of e.current)!this.previous.has(i)&&e.previous.has(i)&&this.previous.set(i,e.previous.get(i)),this.current.set(i,r);for(const[i,r]of e.async_deriveds){const s=this.async_deriveds.get(i);s&&r.promise.then(s.resolve).catch(s.reject)}e.async_deriveds.clear(),this.transfer_reactions(e.#r);const n=i=>{var r=i.reactions;if(r!==null&&!((i.f&Ft)!==0&&(i.f&(ut|en))===0))for(const o of r){var s=o.f;if((s&Ft)!==0)n(o);else{var a=o;s&(Fi|hn)&&!this.async_deriveds.has(a)&&(this.#r.delete(a),kt(a,ut),this.schedule(a))}}};for(const i of this.current.keys())n(i);this.oncommit(()=>e.discard()),e.#h(),ke=this,this.#p()}#m(e){for(var n=0;n<e.length;n+=1)Ru(e[n],this.#r)}capture(e,n,i=!1){e.v!==Ot&&!this.previous.has(e)&&this.previous.set(e,e.v),(e.f&ii)===0&&(this.current.set(e,[n,i]),fn?.set(e,n)),this.is_fork||(e.v=n)}activate(){ke=this}deactivate(){ke=null,fn=null}flush(){try{ra=!0,ke=this,this.#p()}finally{Do=0,Oa=null,kr=null,Ss=null,ra=!1,ke=null,fn=null,Tn.clear()}}discard(){for(const e of this.#l)e(this);this.#l.clear();for(const e of this.async_deriveds.values())e.reject(gr);this.#h(),this.#n?.resolve()}register_created_effect(e){this.#s.push(e)}#y(){for(let h=ia;h!==null;h=h.next){var e=h.id<this.id,n=[];for(const[f,[g,v]]of this.current){if(h.current.has(f)){var i=h.current.get(f)[0];if(e&&g!==i)h.current.set(f,[g,v]);else continue}n.push(f)}if(e)for(const[f,g]of this.async_deriveds){const v=h.async_deriveds.get(f);v&&g.promise.then(v.resolve).catch(v.reject)}var r=[...h.current.keys()].filter(f=>!h.current.get(f)[1]);if(!(!h.started||r.length===0)){var s=r.filter(f=>!this.current.has(f));if(s.length===0)e&&h.discard();else if(n.length>0){if(e)for(const f of this.#f)h.unskip_effect(f,g=>{(g.f&(hn|Fi))!==0?h.schedule(g):h.#m([g])});h.activate();var a=new Set,o=new Map;for(var l of n)Bu(l,s,a,o);o=new Map;var u=[...h.current].filter(([f,g])=>{const v=this.current.get(f);return v?v[0]!==g[0]||v[1]!==g[1]:!0}).map(([f])=>f);if(u.length>0)for(const f of this.#s)(f.f&(zt|Bt|As))===0&&eo(f,u,o)&&((f.f&(Fi|hn))!==0?(kt(f,ut),h.schedule(f)):h.add_dirty_reaction(f,ut));if(h.#i.length>0&&!h.#u){h.apply();for(var d of h.#c())h.#b(d,[],[])}h.deactivate()}}}}increment(e,n){if(this.#e+=1,e){let i=this.#a.get(n)??0;this.#a.set(n,i+1)}}decrement(e,n){if(this.#e-=1,e){let i=this.#a.get(n)??0;i===1?this.#a.delete(n):this.#a.set(n,i-1)}this.#u||(this.#u=!0,Wn(()=>{this.#u=!1,this.linked&&this.flush()}))}transfer_reactions(e){for(const[n,i]of e)this.add_dirty_reaction(n,i);e.clear()}add_dirty_reaction(e,n){(n===ut||this.#r.get(e)!==ut)&&this.#r.set(e,n)}oncommit(e){this.#t.add(e)}ondiscard(e){this.#l.add(e)}settled(){return(this.#n??=Eu()).promise}static ensure(){if(ke===null){const e=ke=new oi;!ra&&!wr&&Wn(()=>{e.started||e.flush()})}return ke}apply(){{fn=null;return}}schedule(e){if(Oa=e,e.b?.is_pending&&(e.f&(qi|Ws|Au))!==0&&(e.f&er)===0){e.b.defer_effect(e);return}this.#i.push(e)}#h(){if(this.linked){var e=this.prev,n=this.next;e===null?ia=n:e.next=n,n===null?Li=e:n.prev=e,this.linked=!1}}}function ih(t){var e=wr,n=Ni;Ni=null,wr=!0;try{for(var i;;){if(Ud(),ke===null)return i;ke.flush()}}finally{wr=e,Ni=n}}function rh(){try{Bd()}catch(t){An(t,Oa)}}let Bn=null;function To(t){var e=t.length;if(e!==0){for(var n=0;n<e;){var i=t[n++];if((i.f&(zt|Bt))===0&&Hr(i)&&(Bn=new Set,Yi(i),i.deps===null&&i.first===null&&i.nodes===null&&i.teardown===null&&i.ac===null&&ec(i),Bn?.size>0)){Tn.clear();for(const r of Bn){if((r.f&(zt|Bt))!==0)continue;const s=[r];let a=r.parent;for(;a!==null;)Bn.has(a)&&(Bn.delete(a),s.push(a)),a=a.parent;for(let o=s.length-1;o>=0;o--){const l=s[o];(l.f&(zt|Bt))===0&&Yi(l)}}Bn.clear()}}Bn=null}}function Bu(t,e,n,i){if(!n.has(t)&&(n.add(t),t.reactions!==null))for(const r of t.reactions){const s=r.f;(s&Ft)!==0?Bu(r,e,n,i):(s&(Fi|hn))!==0&&(s&ut)===0&&eo(r,e,i)&&(kt(r,ut),to(r))}}function eo(t,e,n){const i=n.get(t);if(i!==void 0)return i;if(t.deps!==null)for(const r of t.deps){if(Dr.call(e,r))return!0;if((r.f&Ft)!==0&&eo(r,e,n))return n.set(r,!0),!0}return n.set(t,!1),!1}function to(t){ke.schedule(t)}function Vu(t,e){if(!((t.f&vn)!==0&&(t.f&Ct)!==0)){(t.f&ut)!==0?e.d.push(t):(t.f&en)!==0&&e.m.push(t),kt(t,Ct);for(var n=t.first;n!==null;)Vu(n,e),n=n.next}}function Wu(t){kt(t,Ct);for(var e=t.first;e!==null;)Wu(e),e=e.next}let Os=new Set;const Tn=new Map;let Hu=!1;function Di(t,e){var n={f:0,v:t,reactions:null,equals:$u,rv:0,wv:0};return n}function K(t,e){const n=Di(t);return ic(n),n}function sh(t,e=!1,n=!0){const i=Di(t);return e||(i.equals=Pu),i}function S(t,e,n=!1){De!==null&&(!gn||(De.f&As)!==0)&&Iu()&&(De.f&(Ft|hn|Fi|As))!==0&&(On===null||!On.has(t))&&Hd();let i=n?xt(e):e;return Ui(t,i,Ss)}var vi=null,Ca=0;function Ui(t,e,n=null){if(!t.equals(e)){li?Tn.set(t,e):Tn.has(t)||Tn.set(t,t.v);var i=oi.ensure();if(i.capture(t,e),(t.f&Ft)!==0){const r=t;(t.f&ut)!==0&&Ja(r),fn===null&&Ga(r)}t.wv=sc(),vi=null,Ca=0,qu(t,ut,n),vi=null,Ie!==null&&(Ie.f&Ct)!==0&&(Ie.f&(vn|ai))===0&&(rn===null?vh([t]):rn.push(t)),!i.is_fork&&Os.size>0&&!Hu&&ah()}return e}function ah(){Hu=!1;for(const t of Os){(t.f&Ct)!==0&&kt(t,en);let e;try{e=Hr(t)}catch{e=!0}e&&Yi(t)}Os.clear()}function Oo(t,e=1){var n=c(t),i=e===1?n++:n--;return S(t,n),i}function xr(t){S(t,t.v+1)}function qu(t,e,n){var i=t.reactions;if(i!==null){var r=i.length;if(Ca+=r,Ca>1e5&&vi===null&&(vi=new Set),vi!==null){if(vi.has(t))return;vi.add(t)}for(var s=0;s<r;s++){var a=i[s],o=a.f,l=(o&ut)===0;if(l&&kt(a,e),(o&As)!==0)Os.add(a);else if((o&Ft)!==0){var u=a;fn?.delete(u),qu(u,en,n)}else if(l){var d=a;(o&hn)!==0&&Bn!==null&&Bn.add(d),n!==null?n.push(d):to(d)}}}}function xt(t){if(typeof t!="object"||t===null||ji in t||Du in t)return t;const e=Mu(t);if(e!==pd&&e!==md)return t;var n=new Map,i=Bs(t),r=K(0),s=Si,a=o=>{if(Si===s)return o();var l=De,u=Si;ln(null),Po(s);var d=o();return ln(l),Po(u),d};return i&&n.set("length",K(t.length)),new Proxy(t,{defineProperty(o,l,u){(!("value"in u)||u.configurable===!1||u.enumerable===!1||u.writable===!1)&&Vd();var d=n.get(l);return d===void 0?a(()=>{var h=K(u.value);return n.set(l,h),h}):S(d,u.value,!0),!0},deleteProperty(o,l){var u=n.get(l);if(u===void 0){if(l in o){const d=a(()=>K(Ot));n.set(l,d),xr(r)}}else S(u,Ot),xr(r);return!0},get(o,l,u){if(l===ji)return t;var d=n.get(l),h=l in o;if(d===void 0&&(!h||yr(o,l)?.writable)&&(d=a(()=>{var g=xt(h?o[l]:Ot),v=K(g);return v}),n.set(l,d)),d!==void 0){var f=c(d);return f===Ot?void 0:f}return Reflect.get(o,l,u)},getOwnPropertyDescriptor(o,l){this.has?.(o,l);var u=Reflect.getOwnPropertyDescriptor(o,l),d=n.get(l);if(d!==void 0){var h=c(d);if(h===Ot)return;if(u&&"value"in u)u.value=h;else return{enumerable:!0,configurable:!0,value:h,writable:!0}}return u},has(o,l){if(l===ji)return!0;var u=n.get(l),d=u!==void 0&&u.v!==Ot||Reflect.has(o,l);if(u!==void 0||(Ie!==null||De!==null)&&(!d||yr(o,l)?.writable)){u===void 0&&(u=a(()=>{var f=d?xt(o[l]):Ot,g=K(f);return g}),n.set(l,u));var h=c(u);if(h===Ot)return!1}return d},set(o,l,u,d){var h=n.get(l),f=l in o;if(i&&l==="length")for(var g=u;g<h.v;g+=1){var v=n.get(g+"");v!==void 0?S(v,Ot):g in o&&(v=a(()=>K(Ot)),n.set(g+"",v))}if(h===void 0)(!f||yr(o,l)?.writable)&&(h=a(()=>K(void 0)),S(h,xt(u)),n.set(l,h));else{f=h.v!==Ot;var b=a(()=>xt(u));S(h,b)}var _=Reflect.getOwnPropertyDescriptor(o,l);if(_?.set&&_.set.call(d,u),!f){if(i&&typeof l=="string"){var k=n.get("length"),M=Number(l);Number.isInteger(M)&&M>=k.v&&S(k,M+1)}xr(r)}return!0},ownKeys(o){c(r);var l=Reflect.ownKeys(o).filter(h=>{var f=n.get(h);return f===void 0||f.v!==Ot});for(var[u,d]of n)d.v!==Ot&&!(u in o)&&l.push(u);return l},setPrototypeOf(){Wd()}})}function Co(t){try{if(t!==null&&typeof t=="object"&&ji in t)return t[ji]}catch{}return t}function Ku(t,e){return Object.is(Co(t),Co(e))}var Cs,Uu,Yu,Zu;function oh(){if(Cs===void 0){Cs=window,Uu=/Firefox/.test(navigator.userAgent);var t=Element.prototype,e=Node.prototype,n=Text.prototype;Yu=yr(e,"firstChild").get,Zu=yr(e,"nextSibling").get,Eo(t)&&(t[Da]=void 0,t[Tu]=null,t[xd]=void 0,t.__e=void 0),Eo(n)&&(n[Ta]=void 0)}}function ri(t=""){return document.createTextNode(t)}function Or(t){return Yu.call(t)}function Br(t){return Zu.call(t)}function x(t,e){return Or(t)}function _t(t,e=!1){{var n=Or(t);return n instanceof Comment&&n.data===""?Br(n):n}}function w(t,e=!1){return Or(t)}function p(t,e=1,n=!1){let i=t;for(;e--;)i=Br(i);return i}function lh(t){t.textContent=""}function Gu(){return!1}function uh(t,e,n){return n?document.createElement(t,{is:n}):document.createElement(t)}function ch(t){var e=Ie;if(e===null)return De.f|=ii,t;if((e.f&er)===0&&(e.f&qi)===0)throw t;An(t,e)}function An(t,e){if(t===Cu)throw t;if(!(e!==null&&(e.f&zt)!==0)){for(;e!==null;){if((e.f&Aa)!==0&&(e.f&(zt|Tr))===0){if((e.f&er)===0)throw t;try{e.b.error(t);return}catch(n){t=n}}e=e.parent}throw t}}function dh(t){Ie===null&&(De===null&&Nd(),jd()),li&&Fd()}function hh(t,e){var n=e.last;n===null?e.last=e.first=t:(n.next=t,t.prev=n,e.last=t)}function qn(t,e){var n=Ie;n!==null&&(n.f&Bt)!==0&&(t|=Bt);var i={ctx:It,deps:null,nodes:null,f:t|ut|mn,first:null,fn:e,last:null,next:null,parent:n,b:n&&n.b,prev:null,teardown:null,wv:0,ac:null};ke?.register_created_effect(i);var r=i;if((t&qi)!==0)kr!==null?kr.push(i):oi.ensure().schedule(i);else if(e!==null){try{Yi(i)}catch(a){throw Yt(i),a}r.deps===null&&r.teardown===null&&r.nodes===null&&r.first===r.last&&(r.f&tr)===0&&(r=r.first,(t&hn)!==0&&(t&Ai)!==0&&r!==null&&(r.f|=Ai))}if(r!==null&&(r.parent=n,n!==null&&hh(r,n),De!==null&&(De.f&Ft)!==0&&(t&ai)===0)){var s=De;(s.effects??=[]).push(r)}return i}function no(){return De!==null&&!gn}function io(t){const e=qn(Ws,null);return kt(e,Ct),e.teardown=t,e}function Vr(t){dh();var e=Ie.f,n=!De&&(e&vn)!==0&&It!==null&&!It.i;if(n){var i=It;(i.e??=[]).push(t)}else return Xu(t)}function Xu(t){return qn(qi|wd,t)}function fh(t){oi.ensure();const e=qn(ai|tr,t);return(n={})=>new Promise(i=>{n.outro?xi(e,()=>{Yt(e),i(void 0)}):(Yt(e),i(void 0))})}function Qu(t){return qn(qi,t)}function gh(t){return qn(Fi|tr,t)}function Hs(t,e=0){return qn(Ws|e,t)}function P(t,e=[],n=[],i=[]){Gd(i,e,n,r=>{qn(Ws,()=>{t(...r.map(c))})})}function Wr(t,e=0){var n=qn(hn|e,t);return n}function sn(t){return qn(vn|tr,t)}function Ju(t){var e=t.teardown;if(e!==null){const n=li,i=De;$o(!0),ln(null);try{e.call(null)}catch(r){An(r,t.parent)}finally{$o(n),ln(i)}}}function ro(t,e=!1){var n=t.first;for(t.first=t.last=null;n!==null;){const r=n.ac;r!==null&&nr(()=>{r.abort(Nr)});var i=n.next;(n.f&ai)!==0?n.parent=null:Yt(n,e),n=i}}function ph(t){for(var e=t.first;e!==null;){var n=e.next;(e.f&vn)===0&&Yt(e),e=n}}function Yt(t,e=!0){var n=!1;(e||(t.f&yd)!==0)&&t.nodes!==null&&t.nodes.end!==null&&(mh(t.nodes.start,t.nodes.end),n=!0),t.f|=Tr,ro(t,e&&!n),Cr(t,0);var i=t.nodes&&t.nodes.t;if(i!==null)for(const s of i)s.stop();Ju(t),t.f^=Tr,t.f|=zt;var r=t.parent;r!==null&&r.first!==null&&ec(t),t.next=t.prev=t.teardown=t.ctx=t.deps=t.fn=t.nodes=t.ac=t.b=null}function mh(t,e){for(;t!==null;){var n=t===e?null:Br(t);t.remove(),t=n}}function ec(t){var e=t.parent,n=t.prev,i=t.next;n!==null&&(n.next=i),i!==null&&(i.prev=n),e!==null&&(e.first===t&&(e.first=i),e.last===t&&(e.last=n))}function xi(t,e,n=!0){var i=[];t.f|=Ya,tc(t,i,!0);var r=()=>{n&&Yt(t),e&&e()},s=i.length;if(s>0){var a=()=>--s||r();for(var o of i)o.out(a)}else r()}function tc(t,e,n){if((t.f&Bt)===0){t.f^=Bt;var i=t.nodes&&t.nodes.t;if(i!==null)for(const o of i)(o.is_global||n)&&e.push(o);for(var r=t.first;r!==null;){var s=r.next;if((r.f&ai)===0){var a=(r.f&Ai)!==0||(r.f&vn)!==0&&(t.f&hn)!==0;tc(r,e,a?n:!1)}r=s}}}function $s(t){t.f&=~Ya,nc(t,!0)}function nc(t,e){if((t.f&Ya)===0&&(t.f&Bt)!==0){t.f^=Bt,(t.f&Ct)===0&&(kt(t,ut),oi.ensure().schedule(t));for(var n=t.first;n!==null;){var i=n.next,r=(n.f&Ai)!==0||(n.f&vn)!==0;nc(n,r?e:!1),n=i}var s=t.nodes&&t.nodes.t;if(s!==null)for(const a of s)(a.is_global||e)&&a.in()}}function so(t,e){if(t.nodes)for(var n=t.nodes.start,i=t.nodes.end;n!==null;){var r=n===i?null:Br(n);e.append(n),n=r}}let li=!1;function $o(t){li=t}let De=null,gn=!1;function ln(t){De=t}let Ie=null;function Pn(t){Ie=t}let On=null;function ic(t){De!==null&&((De.f&Ds)!==0||(De.f&Ft)!==0)&&(On??=new Set).add(t)}let Ht=null,Jt=0,rn=null;function vh(t){rn=t}let rc=1,bi=0,Si=bi;function Po(t){Si=t}function sc(){return++rc}function Hr(t){var e=t.f;if((e&ut)!==0)return!0;if((e&en)!==0){for(var n=t.deps,i=n.length,r=0;r<i;r++){var s=n[r];if(Hr(s)&&ju(s),s.wv>t.wv)return!0}(e&mn)!==0&&fn===null&&kt(t,Ct)}return!1}function ac(t,e,n=!0){var i=t.reactions;if(i!==null&&!(On!==null&&On.has(t)))for(var r=0;r<i.length;r++){var s=i[r];(s.f&Ft)!==0?ac(s,e,!1):e===s&&(n?kt(s,ut):(s.f&Ct)!==0&&kt(s,en),to(s))}}function oc(t){var e=Ht,n=Jt,i=rn,r=De,s=On,a=It,o=gn,l=Si,u=t.f;Ht=null,Jt=0,rn=null,De=(u&(vn|ai))===0?t:null,On=null,Ki(t.ctx),gn=!1,Si=++bi,t.ac!==null&&(nr(()=>{t.ac.abort(Nr)}),t.ac=null);try{t.f|=Ds;var d=t.fn,h=d();t.f|=er;var f=Lo(t);if(Iu()&&rn!==null&&!gn&&f!==null&&(t.f&(Ft|en|ut))===0)for(var g=0;g<rn.length;g++)ac(rn[g],t);if(r!==null&&r!==t){if(bi++,r.deps!==null)for(let v=0;v<n;v+=1)r.deps[v].rv=bi;if(e!==null)for(const v of e)v.rv=bi;rn!==null&&(i===null?i=rn:i.push(...rn))}return(t.f&ii)!==0&&(t.f^=ii),h}catch(v){return Lo(t),ch(v)}finally{t.f^=Ds,Ht=e,Jt=n,rn=i,De=r,On=s,Ki(a),gn=o,Si=l}}function Lo(t){var e=t.deps,n=ke?.is_fork;if(Ht!==null){var i;if(n||Cr(t,Jt),e!==null&&Jt>0)for(e.length=Jt+Ht.length,i=0;i<Ht.length;i++)e[Jt+i]=Ht[i];else t.deps=e=Ht;if(no()&&(t.f&mn)!==0)for(i=Jt;i<e.length;i++)(e[i].reactions??=[]).push(t)}else!n&&e!==null&&Jt<e.length&&(Cr(t,Jt),e.length=Jt);return e}function _h(t,e){let n=e.reactions;if(n!==null){var i=fd.call(n,t);if(i!==-1){var r=n.length-1;r===0?n=e.reactions=null:(n[i]=n[r],n.pop())}}if(n===null&&(e.f&Ft)!==0&&(Ht===null||!Dr.call(Ht,e))){var s=e;(s.f&mn)!==0&&(s.f^=mn),s.v!==Ot&&Ga(s),s.ac!==null&&nr(()=>{s.ac.abort(Nr),s.ac=null,kt(s,ut)}),th(s),Cr(s,0)}}function Cr(t,e){var n=t.deps;if(n!==null)for(var i=e;i<n.length;i++)_h(t,n[i])}function Yi(t){var e=t.f;if((e&zt)===0){kt(t,Ct);var n=Ie;Ie=t;try{(e&(hn|Au))!==0?ph(t):ro(t),Ju(t);var i=oc(t);t.teardown=typeof i=="function"?i:null,t.wv=rc;var r;xu&&Kd&&(t.f&ut)!==0&&t.deps}finally{Ie=n}}}async function lc(){await Promise.resolve(),ih()}function c(t){var e=t.f,n=(e&Ft)!==0;if(De!==null&&!gn){var i=Ie!==null&&(Ie.f&zt)!==0;if(!i&&(On===null||!On.has(t))){var r=De.deps;if((De.f&Ds)!==0)t.rv<bi&&(t.rv=bi,Ht===null&&r!==null&&r[Jt]===t?Jt++:Ht===null?Ht=[t]:Ht.push(t));else{De.deps??=[],Dr.call(De.deps,t)||De.deps.push(t);var s=t.reactions;s===null?t.reactions=[De]:Dr.call(s,De)||s.push(De)}}}if(li&&Tn.has(t))return Tn.get(t);if(n){var a=t;if(li){var o=a.v;return((a.f&Ct)===0&&a.reactions!==null||cc(a))&&(o=Ja(a)),Tn.set(a,o),o}var l=(a.f&mn)===0&&!gn&&De!==null&&(De.f&mn)!==0,u=(a.f&er)===0;Hr(a)&&(l&&(a.f|=mn),ju(a)),l&&!u&&(Nu(a),uc(a))}if(fn?.has(t))return fn.get(t);if((t.f&ii)!==0)throw t.v;return t.v}function uc(t){if(t.f|=mn,t.deps!==null)for(const n of t.deps){var e=n.reactions;e===null?n.reactions=[t]:Dr.call(e,t)||e.push(t),(n.f&Ft)!==0&&(n.f&mn)===0&&(Nu(n),uc(n))}}function cc(t){if(t.v===Ot)return!0;if(t.deps===null)return!1;for(const e of t.deps)if(Tn.has(e)||(e.f&Ft)!==0&&cc(e))return!0;return!1}function di(t){var e=gn;try{return gn=!0,t()}finally{gn=e}}const bh=["touchstart","touchmove"];function yh(t){return bh.includes(t)}const pr=Symbol("events"),dc=new Set,$a=new Set;function wh(t,e,n,i={}){function r(s){if(i.capture||Pa.call(e,s),!s.cancelBubble)return nr(()=>n?.call(this,s))}return t.startsWith("pointer")||t.startsWith("touch")||t==="wheel"?(r.__removed=!1,Wn(()=>{r.__removed||e.addEventListener(t,r,i)})):e.addEventListener(t,r,i),r}function on(t,e,n,i,r){var s={capture:i,passive:r},a=wh(t,e,n,s);(e===document.body||e===window||e===document||e instanceof HTMLMediaElement)&&io(()=>{a.__removed=!0,e.removeEventListener(t,a,s)})}function fe(t,e,n){(e[pr]??={})[t]=n}function Kn(t){for(var e=0;e<t.length;e++)dc.add(t[e]);for(var n of $a)n(t)}let sa=null,aa=!1;function Pa(t){var e=this,n=e.ownerDocument,i=t.type,r=t.composedPath?.()||[],s=r[0]||t.target;sa=t,aa||(aa=!0,setTimeout(()=>{aa=!1,sa=null}));var a=0,o=sa===t&&t[pr];if(o){var l=r.indexOf(o);if(l!==-1&&(e===document||e===window)){t[pr]=e;return}var u=r.indexOf(e);if(u===-1)return;l<=u&&(a=l)}if(s=r[a]||t.target,s!==e){Su(t,"currentTarget",{configurable:!0,get(){return s||n}});var d=De,h=Ie;ln(null),Pn(null);try{for(var f,g=[];s!==null&&s!==e;){try{var v=s[pr]?.[i];v!=null&&(!s.disabled||t.target===s)&&v.call(s,t)}catch(b){f?g.push(b):f=b}if(t.cancelBubble)break;a++,s=a<r.length?r[a]:null}if(f){for(let b of g)queueMicrotask(()=>{throw b});throw f}}finally{t[pr]=e,delete t.currentTarget,ln(d),Pn(h)}}}const kh=globalThis?.window?.trustedTypes&&globalThis.window.trustedTypes.createPolicy("svelte-trusted-html",{createHTML:t=>t});function xh(t){return kh?.createHTML(t)??t}function Sh(t){var e=uh("template");return e.innerHTML=xh(t.replaceAll("<!>","<!---->")),e.content}function La(t,e){var n=Ie;n.nodes===null&&(n.nodes={start:t,end:e,a:null,t:null})}function I(t,e){var n=(e&Td)!==0,i=(e&Od)!==0,r,s=!t.startsWith("<!>");return()=>{r===void 0&&(r=Sh(s?t:"<!>"+t),n||(r=Or(r)));var a=i||Uu?document.importNode(r,!0):r.cloneNode(!0);if(n){var o=Or(a),l=a.lastChild;La(o,l)}else La(a,a);return a}}function Ia(){var t=document.createDocumentFragment(),e=document.createComment(""),n=ri();return t.append(e,n),La(e,n),t}function O(t,e){t!==null&&t.before(e)}function Mh(t){let e=0,n=Di(0),i;return()=>{no()&&(c(n),Hs(()=>(e===0&&(i=di(()=>t(()=>xr(n)))),e+=1,()=>{Wn(()=>{e-=1,e===0&&(i?.(),i=void 0,xr(n))})})))}}var Eh=Ai|tr;function Ah(t,e,n,i){new Dh(t,e,n,i)}class Dh{parent;is_pending=!1;transform_error;#t;#l=null;#e;#a;#n;#i=null;#s=null;#r=null;#o=null;#f=0;#u=0;#g=!1;#v=new Map;#c=null;#p=Mh(()=>(this.#c=Di(this.#f),()=>{this.#c=null}));constructor(e,n,i,r){this.#t=e,this.#e=n,this.#a=s=>{var a=Ie;a.b=this,a.f|=Aa,i(s)},this.parent=Ie.b,this.transform_error=r??this.parent?.transform_error??(s=>s),this.#n=Wr(()=>{this.#y()},Eh)}#b(){try{this.#i=sn(()=>this.#a(this.#t))}catch(e){this.error(e)}}#k(e){const n=this.#e.failed,{reset:i,invoke_onerror:r}=this.#_(e);Wn(r),n&&(this.#r=sn(()=>{n(this.#t,()=>e,()=>i)}))}#_(e){var n=!1,i=!1;const r=()=>{if(!this.#d()){if(n){Ld();return}n=!0,i&&qd(),this.#r!==null&&xi(this.#r,()=>{this.#r=null}),this.#w(()=>{this.#y()})}};return{reset:r,invoke_onerror:()=>{if(!this.#d())try{i=!0,this.#e.onerror?.(e,r),i=!1}catch(a){An(a,this.#n&&this.#n.parent)}}}}#d(){return(this.#n.f&(zt|Tr))!==0}#m(){const e=this.#e.pending;e&&(this.is_pending=!0,this.#s=sn(()=>e(this.#t)),Wn(()=>{if(!this.#d()){var n=this.#o=document.createDocumentFragment(),i=ri(),r=!1;if(n.append(i),this.#i=this.#w(()=>{try{return sn(()=>this.#a(i))}catch(s){try{this.error(s),r=!0}catch(a){An(a,this.#n.parent)}return null}}),this.#i===null){this.#o=null,r&&this.#h(ke);return}this.#u===0&&(this.#t.before(n),this.#o=null,xi(this.#s,()=>{this.#s=null}),this.#h(ke))}}))}#y(){try{if(this.is_pending=this.has_pending_snippet(),this.#u=0,this.#f=0,this.#i=sn(()=>{this.#a(this.#t)}),this.#u>0){var e=this.#o=document.createDocumentFragment();so(this.#i,e);const n=this.#e.pending;this.#s=sn(()=>n(this.#t))}else this.#h(ke)}catch(n){this.error(n)}}#h(e){this.is_pending=!1,e.transfer_reactions(this.#v)}defer_effect(e){Ru(e,this.#v)}is_rendered(){return!this.is_pending&&(!this.parent||this.parent.is_rendered())}has_pending_snippet(){return!!this.#e.pending}#w(e){var n=Ie,i=De,r=It;Pn(this.#n),ln(this.#n),Ki(this.#n.ctx);try{return oi.ensure(),e()}finally{Pn(n),ln(i),Ki(r)}}#x(e,n){if(!this.has_pending_snippet()){this.parent&&this.parent.#x(e,n);return}this.#u+=e,this.#u===0&&(this.#h(n),this.#s&&xi(this.#s,()=>{this.#s=null}),this.#o&&(this.#t.before(this.#o),this.#o=null))}update_pending_count(e,n){this.#x(e,n),this.#f+=e,!(!this.#c||this.#g)&&(this.#g=!0,Wn(()=>{this.#g=!1,this.#c&&Ui(this.#c,this.#f)}))}get_effect_pending(){return this.#p(),c(this.#c)}error(e){if(e===Cu||!this.#e.onerror&&!this.#e.failed)throw e;ke?.is_fork?(this.#i&&ke.skip_effect(this.#i),this.#s&&ke.skip_effect(this.#s),this.#r&&ke.skip_effect(this.#r),ke.oncommit(()=>{this.#d()||this.#S(e)})):this.#S(e)}#S(e){this.#i&&(Yt(this.#i),this.#i=null),this.#s&&(Yt(this.#s),this.#s=null),this.#r&&(Yt(this.#r),this.#r=null);let n=this.#e.failed;const i=r=>{if(this.#d())return;const{reset:s,invoke_onerror:a}=this.#_(r);a(),n&&!this.#d()&&(this.#r=this.#w(()=>{try{return sn(()=>{var o=Ie;o.b=this,o.f|=Aa,n(this.#t,()=>r,()=>s)})}catch(o){return An(o,this.#n.parent),null}}))};Wn(()=>{if(!this.#d()){var r;try{r=this.transform_error(e)}catch(s){An(s,this.#n&&this.#n.parent);return}r!==null&&typeof r=="object"&&typeof r.then=="function"?r.then(i,s=>An(s,this.#n&&this.#n.parent)):i(r)}})}}function m(t,e){var n=e==null?"":typeof e=="object"?`${e}`:e;n!==(t[Ta]??=t.nodeValue)&&(t[Ta]=n,t.nodeValue=`${n}`)}function Th(t,e){return Oh(t,e)}const as=new Map;function Oh(t,{target:e,anchor:n,props:i={},events:r,context:s,intro:a=!0,transformError:o}){oh();var l=void 0,u=fh(()=>{var d=n??e.appendChild(ri());Ah(d,{pending:()=>{}},g=>{bn({});var v=It;s&&(v.c=s),r&&(i.$$events=r),l=t(g,i)||Za(),yn()},o);var h=new Set,f=g=>{for(var v=0;v<g.length;v++){var b=g[v];if(!h.has(b)){h.add(b);var _=yh(b);for(const T of[e,document]){var k=as.get(T);k===void 0&&(k=new Map,as.set(T,k));var M=k.get(b);M===void 0?(T.addEventListener(b,Pa,{passive:_}),k.set(b,1)):k.set(b,M+1)}}}};return f(Vs(dc)),$a.add(f),()=>{for(var g of h)for(const _ of[e,document]){var v=as.get(_),b=v.get(g);--b==0?(_.removeEventListener(g,Pa),v.delete(g),v.size===0&&as.delete(_)):v.set(g,b)}$a.delete(f),d!==n&&d.parentNode?.removeChild(d)}});return Ch.set(l,u),l}let Ch=new WeakMap;class ao{anchor;#t=new Map;#l=new Map;#e=new Map;#a=new Set;#n=!0;constructor(e,n=!0){this.anchor=e,this.#n=n}#i=e=>{if(this.#t.has(e)){var n=this.#t.get(e),i=this.#l.get(n);if(i)$s(i),this.#a.delete(n);else{var r=this.#e.get(n);r&&($s(r.effect),this.#l.set(n,r.effect),this.#e.delete(n),r.fragment.lastChild.remove(),this.anchor.before(r.fragment),i=r.effect)}for(const[s,a]of this.#t){if(this.#t.delete(s),s===e)break;const o=this.#e.get(a);o&&(Yt(o.effect),this.#e.delete(a))}for(const[s,a]of this.#l){if(s===n||this.#a.has(s))continue;const o=()=>{if(Array.from(this.#t.values()).includes(s)){var u=document.createDocumentFragment();so(a,u),u.append(ri()),this.#e.set(s,{effect:a,fragment:u})}else Yt(a);this.#a.delete(s),this.#l.delete(s)};this.#n||!i?(this.#a.add(s),xi(a,o,!1)):o()}}};#s=e=>{this.#t.delete(e);const n=Array.from(this.#t.values());for(const[i,r]of this.#e)n.includes(i)||(Yt(r.effect),this.#e.delete(i))};ensure(e,n){var i=ke,r=Gu();if(n&&!this.#l.has(e)&&!this.#e.has(e))if(r){var s=document.createDocumentFragment(),a=ri();s.append(a),this.#e.set(e,{effect:sn(()=>n(a)),fragment:s})}else this.#l.set(e,sn(()=>n(this.anchor)));if(this.#t.set(i,e),r){for(const[o,l]of this.#l)o===e?i.unskip_effect(l):i.skip_effect(l);for(const[o,l]of this.#e)o===e?i.unskip_effect(l.effect):i.skip_effect(l.effect);i.oncommit(this.#i),i.ondiscard(this.#s)}else this.#i(i)}}function se(t,e,n=!1){var i=new ao(t),r=n?Ai:0;function s(a,o){i.ensure(a,o)}Wr(()=>{var a=!1;e((o,l=0)=>{a=!0,s(l,o)}),a||s(-1,null)},r)}const $h=Symbol("NaN");function Ph(t,e,n){var i=new ao(t);Wr(()=>{var r=e();r!==r&&(r=$h),i.ensure(r,n)})}function Se(t,e){return e}function Lh(t,e,n){for(var i=[],r=e.length,s,a=e.length,o=0;o<r;o++){let h=e[o];xi(h,()=>{if(s){if(s.pending.delete(h),s.done.add(h),s.pending.size===0){var f=t.outrogroups;za(t,Vs(s.done)),f.delete(s),f.size===0&&(t.outrogroups=null)}}else a-=1},!1)}if(a===0){var l=i.length===0&&n!==null&&t.pending.size===0;if(l){var u=n,d=u.parentNode;lh(d),d.append(u),t.items.clear()}za(t,e,!l)}else s={pending:new Set(e),done:new Set},(t.outrogroups??=new Set).add(s)}function za(t,e,n=!0){var i;if(t.pending.size>0){i=new Set;for(const a of t.pending.values())for(const o of a)i.add(t.items.get(o).e)}for(var r=0;r<e.length;r++){var s=e[r];if(i?.has(s)){s.f|=Dn;const a=document.createDocumentFragment();so(s,a)}else Yt(e[r],n)}}var Io;function ge(t,e,n,i,r,s=null){var a=t,o=new Map,l=(e&Ou)!==0;if(l){var u=t;a=u.appendChild(ri())}var d=null,h=Jd(()=>{var M=n();return Bs(M)?M:M==null?[]:Vs(M)}),f=new Map,g=!0;function v(M){if((k.effect.f&zt)===0){k.pending.delete(M);var T=c(h);k.fallback=d,Ih(k,T,a,e,i),d!==null&&(T.length===0?(d.f&Dn)===0?$s(d):(d.f^=Dn,mr(d,null,a)):xi(d,()=>{d=null}))}}function b(M){k.pending.delete(M)}var _=Wr(()=>{for(var M=c(h),T=M.length,L=new Set,C=ke,F=Gu(),z=0;z<T;z+=1){var R=M[z],E=i(R,z),$=g?null:o.get(E);$?($.v&&Ui($.v,R),$.i&&Ui($.i,z),F&&C.unskip_effect($.e)):($=zh(o,g?a:Io??=ri(),R,E,z,r,e,n),g||($.e.f|=Dn),o.set(E,$)),L.add(E)}if(T===0&&s&&!d&&(g?d=sn(()=>s(a)):(d=sn(()=>s(Io??=ri())),d.f|=Dn)),T>L.size&&Rd(),!g)if(f.set(C,L),F){for(const[V,ne]of o)L.has(V)||C.skip_effect(ne.e);C.oncommit(v),C.ondiscard(b)}else v(C);c(h)}),k={effect:_,items:o,pending:f,outrogroups:null,fallback:d};g=!1}function lr(t){for(;t!==null&&(t.f&vn)===0;)t=t.next;return t}function Ih(t,e,n,i,r){var s=(i&Ad)!==0,a=e.length,o=t.items,l=lr(t.effect.first),u,d=null,h,f=[],g=[],v,b,_,k;if(s)for(k=0;k<a;k+=1)v=e[k],b=r(v,k),_=o.get(b).e,(_.f&Dn)===0&&(_.nodes?.a?.measure(),(h??=new Set).add(_));for(k=0;k<a;k+=1){if(v=e[k],b=r(v,k),_=o.get(b).e,t.outrogroups!==null)for(const $ of t.outrogroups)$.pending.delete(_),$.done.delete(_);if((_.f&Bt)!==0&&($s(_),s&&(_.nodes?.a?.unfix(),(h??=new Set).delete(_))),(_.f&Dn)!==0)if(_.f^=Dn,_===l)mr(_,null,n);else{var M=d?d.next:l;_===t.effect.last&&(t.effect.last=_.prev),_.prev&&(_.prev.next=_.next),_.next&&(_.next.prev=_.prev),Xn(t,d,_),Xn(t,_,M),mr(_,M,n),d=_,f=[],g=[],l=lr(d.next);continue}if(_!==l){if(u!==void 0&&u.has(_)){if(f.length<g.length){var T=g[0],L;d=T.prev;var C=f[0],F=f[f.length-1];for(L=0;L<f.length;L+=1)mr(f[L],T,n);for(L=0;L<g.length;L+=1)u.delete(g[L]);Xn(t,C.prev,F.next),Xn(t,d,C),Xn(t,F,T),l=T,d=F,k-=1,f=[],g=[]}else u.delete(_),mr(_,l,n),Xn(t,_.prev,_.next),Xn(t,_,d===null?t.effect.first:d.next),Xn(t,d,_),d=_;continue}for(f=[],g=[];l!==null&&l!==_;)(u??=new Set).add(l),g.push(l),l=lr(l.next);if(l===null)continue}(_.f&Dn)===0&&f.push(_),d=_,l=lr(_.next)}if(t.outrogroups!==null){for(const $ of t.outrogroups)$.pending.size===0&&(za(t,Vs($.done)),t.outrogroups?.delete($));t.outrogroups.size===0&&(t.outrogroups=null)}if(l!==null||u!==void 0){var z=[];if(u!==void 0)for(_ of u)(_.f&Bt)===0&&z.push(_);for(;l!==null;)(l.f&Bt)===0&&l!==t.fallback&&z.push(l),l=lr(l.next);var R=z.length;if(R>0){var E=(i&Ou)!==0&&a===0?n:null;if(s){for(k=0;k<R;k+=1)z[k].nodes?.a?.measure();for(k=0;k<R;k+=1)z[k].nodes?.a?.fix()}Lh(t,z,E)}}s&&Wn(()=>{if(h!==void 0)for(_ of h)_.nodes?.a?.apply()})}function zh(t,e,n,i,r,s,a,o){var l=(a&Md)!==0?(a&Dd)===0?sh(n,!1,!1):Di(n):null,u=(a&Ed)!==0?Di(r):null;return{v:l,i:u,e:sn(()=>(s(e,l??n,u??r,o),()=>{t.delete(i)}))}}function mr(t,e,n){if(t.nodes)for(var i=t.nodes.start,r=t.nodes.end,s=e&&(e.f&Dn)===0?e.nodes.start:n;i!==null;){var a=Br(i);if(s.before(i),i===r)return;i=a}}function Xn(t,e,n){e===null?t.effect.first=n:e.next=n,n===null?t.effect.last=e:n.prev=e}function Rh(t,e,n){var i=new ao(t);Wr(()=>{var r=e()??null;i.ensure(r,r&&(s=>n(s,r)))},Ai)}const zo=[...` 	
\r\f \v\uFEFF`];function Fh(t,e,n){var i=t==null?"":""+t;if(e&&(i=i?i+" "+e:e),n){for(var r of Object.keys(n))if(n[r])i=i?i+" "+r:r;else if(i.length)for(var s=r.length,a=0;(a=i.indexOf(r,a))>=0;){var o=a+s;(a===0||zo.includes(i[a-1]))&&(o===i.length||zo.includes(i[o]))?i=(a===0?"":i.substring(0,a))+i.substring(o+1):a=o}}return i===""?null:i}function vt(t,e,n,i,r,s){var a=t[Da];if(a!==n||a===void 0){var o=Fh(n,i,s);o==null?t.removeAttribute("class"):t.className=o,t[Da]=n}else if(s&&r!==s)for(var l in s){var u=!!s[l];(r==null||u!==!!r[l])&&t.classList.toggle(l,u)}return s}function jh(t,e){e?t.hasAttribute("selected")||t.setAttribute("selected",""):t.removeAttribute("selected")}function Nh(t,e){var n=t.__defaultValue,i=t.multiple,r=i?n??[]:null;if(!(i&&!Bs(r))){t.selectedIndex;for(var s of t.options){var a=Bi(s);jh(s,i?r.includes(a):Ku(a,n))}}}function hc(t,e,n=!1){if(t.multiple){if(e==null)return;if(!Bs(e))return Pd();for(var i of t.options)i.selected=e.includes(Bi(i));return}for(i of t.options){var r=Bi(i);if(Ku(r,e)){i.selected=!0;return}}(!n||e!==void 0)&&(t.selectedIndex=-1)}function Et(t){var e=new MutationObserver(n=>{n.every(Bh)||("__defaultValue"in t&&Nh(t),"__value"in t&&hc(t,t.__value))});e.observe(t,{childList:!0,subtree:!0,attributes:!0,attributeFilter:["value"]}),io(()=>{e.disconnect()})}function At(t,e,n=e){var i=new WeakSet,r=!0;Xa(t,"change",s=>{var a=s?"[selected]":":checked",o;if(t.multiple)o=[].map.call(t.querySelectorAll(a),Bi);else{var l=t.querySelector(a)??t.querySelector("option:not([disabled])");o=l&&Bi(l)}n(o),t.__value=o,ke!==null&&i.add(ke)}),Qu(()=>{var s=e();if(t===document.activeElement){var a=ke;if(i.has(a))return}if(hc(t,s,r),r&&s===void 0){var o=t.querySelector(":checked");o!==null&&(s=Bi(o),n(s))}t.__value=s,r=!1})}function Bi(t){return"__value"in t?t.__value:t.value}function Bh(t){if(t.target.closest("selectedcontent")!==null)return!0;if(t.type==="childList"){var e=[...t.addedNodes,...t.removedNodes];return e.length>0&&e.every(n=>n.nodeName==="SELECTEDCONTENT")}return!1}const Vh=Symbol("is custom element"),Wh=Symbol("is html"),Hh=Sd?"progress":"PROGRESS";function fc(t,e){var n=gc(t);n.value===(n.value=e??void 0)||t.value===e&&(e!==0||t.nodeName!==Hh)||(t.value=e??"")}function an(t,e,n,i){var r=gc(t),s=r[e];s!==(r[e]=n)&&(e==="loading"&&(t[kd]=n),n==null?t.removeAttribute(e):typeof n!="string"&&qh(t).has(e)?t[e]=n:t.setAttribute(e,n))}function gc(t){return t[Tu]??={[Vh]:t.nodeName.includes("-"),[Wh]:t.namespaceURI===Cd}}var Ro=new Map;function qh(t){var e=t.getAttribute("is")||t.nodeName,n=Ro.get(e);if(n)return n;Ro.set(e,n=new Set);for(var i,r=t,s=Element.prototype;s!==r;){i=gd(r);for(var a in i)i[a].set&&a!=="innerHTML"&&a!=="textContent"&&a!=="innerText"&&n.add(a);r=Mu(r)}return n}function Ge(t,e,n=e){var i=new WeakSet;Xa(t,"input",async r=>{var s=r?t.defaultValue:t.value;if(s=oa(t)?la(s):s,n(s),ke!==null&&i.add(ke),await lc(),s!==(s=e())){var a=t.selectionStart,o=t.selectionEnd,l=t.value.length;if(t.value=s??"",o!==null){var u=t.value.length;a===o&&o===l&&u>l?(t.selectionStart=u,t.selectionEnd=u):(t.selectionStart=a,t.selectionEnd=Math.min(o,u))}}}),di(e)==null&&t.value&&(n(oa(t)?la(t.value):t.value),ke!==null&&i.add(ke)),Hs(()=>{var r=e();if(t===document.activeElement){var s=ke;if(i.has(s))return}oa(t)&&r===la(t.value)||t.type==="date"&&!r&&!t.value||r!==t.value&&(t.value=r??"")})}function pc(t,e,n=e){Xa(t,"change",i=>{var r=i?t.defaultChecked:t.checked;n(r)}),di(e)==null&&n(t.checked),Hs(()=>{var i=e();t.checked=!!i})}function oa(t){var e=t.type;return e==="number"||e==="range"}function la(t){return t===""?null:+t}function ua(t,e){return t===e||t?.[ji]===e}function mc(t=Za(),e,n,i){var r=It.r,s=Ie;return Qu(()=>{var a,o;return Hs(()=>{a=o,o=[],di(()=>{ua(n(...o),t)||(e(t,...o),a&&ua(n(...a),t)&&e(null,...a))})}),()=>{let l=s;for(;l!==r&&l.parent!==null&&l.parent.f&Tr;)l=l.parent;const u=()=>{o&&ua(n(...o),t)&&e(null,...o)},d=l.teardown;l.teardown=()=>{u(),d?.()}}}),t}function vc(t){It===null&&Lu(),Vr(()=>{const e=di(t);if(typeof e=="function")return e})}function Kh(t){It===null&&Lu(),vc(()=>()=>di(t))}const Uh="5";typeof window<"u"&&((window.__svelte??={}).v??=new Set).add(Uh);async function Yh(t,e={},n){return window.__TAURI_INTERNALS__.invoke(t,e,n)}function Ne(t,e){return Yh(t,e)}function _c(t){return typeof t=="object"&&t!==null&&"code"in t&&"message"in t}function et(t){return _c(t)||t instanceof Error?t.message:String(t)}function qr(t){return _c(t)?t.field??null:null}class Vi{constructor(e){this.value=e}valueOf(){return this.value}}class Dt extends Vi{constructor(e="???"){super(e)}toString(e){return`{${this.value}}`}}class Hn extends Vi{constructor(e,n={}){super(e),this.opts=n}toString(e){if(e)try{return e.memoizeIntlObject(Intl.NumberFormat,this.opts).format(this.value)}catch(n){e.reportError(n)}return this.value.toString(10)}}class ui extends Vi{static supportsValue(e){if(typeof e=="number"||e instanceof Date)return!0;if(e instanceof Vi)return ui.supportsValue(e.valueOf());if("Temporal"in globalThis){const n=globalThis.Temporal;if(e instanceof n.Instant||e instanceof n.PlainDateTime||e instanceof n.PlainDate||e instanceof n.PlainMonthDay||e instanceof n.PlainTime||e instanceof n.PlainYearMonth)return!0}return!1}constructor(e,n={}){e instanceof ui?(n={...e.opts,...n},e=e.value):e instanceof Vi&&(e=e.valueOf()),typeof e=="object"&&"calendarId"in e&&n.calendar===void 0&&(n={...n,calendar:e.calendarId}),super(e),this.opts=n}[Symbol.toPrimitive](e){return e==="string"?this.toString():this.toNumber()}toNumber(){const e=this.value;if(typeof e=="number")return e;if(e instanceof Date)return e.getTime();if("epochMilliseconds"in e)return e.epochMilliseconds;if("toZonedDateTime"in e)return e.toZonedDateTime("UTC").epochMilliseconds;throw new TypeError("Unwrapping a non-number value as a number")}toString(e){if(e)try{return e.memoizeIntlObject(Intl.DateTimeFormat,this.opts).format(this.value)}catch(n){e.reportError(n)}return typeof this.value=="number"||this.value instanceof Date?new Date(this.value).toISOString():this.value.toString()}}const Fo=100,Zh="⁨",Gh="⁩";function Xh(t,e,n){if(n===e||n instanceof Hn&&e instanceof Hn&&n.value===e.value)return!0;if(e instanceof Hn&&typeof n=="string"){let i=t.memoizeIntlObject(Intl.PluralRules,e.opts).select(e.value);if(n===i)return!0}return!1}function jo(t,e,n){return e[n]?Zi(t,e[n].value):(t.reportError(new RangeError("No default")),new Dt)}function Ra(t,e){const n=[],i=Object.create(null);for(const r of e)r.type==="narg"?i[r.name]=$r(t,r.value):n.push($r(t,r));return{positional:n,named:i}}function $r(t,e){switch(e.type){case"str":return e.value;case"num":return new Hn(e.value,{minimumFractionDigits:e.precision});case"var":return Qh(t,e);case"mesg":return Jh(t,e);case"term":return ef(t,e);case"func":return tf(t,e);case"select":return nf(t,e);default:return new Dt}}function Qh(t,{name:e}){let n;if(t.params)if(Object.prototype.hasOwnProperty.call(t.params,e))n=t.params[e];else return new Dt(`$${e}`);else if(t.args&&Object.prototype.hasOwnProperty.call(t.args,e))n=t.args[e];else return t.reportError(new ReferenceError(`Unknown variable: $${e}`)),new Dt(`$${e}`);if(n instanceof Vi)return n;switch(typeof n){case"string":return n;case"number":return new Hn(n);case"object":if(ui.supportsValue(n))return new ui(n);default:return t.reportError(new TypeError(`Variable type not supported: $${e}, ${typeof n}`)),new Dt(`$${e}`)}}function Jh(t,{name:e,attr:n}){const i=t.bundle._messages.get(e);if(!i)return t.reportError(new ReferenceError(`Unknown message: ${e}`)),new Dt(e);if(n){const r=i.attributes[n];return r?Zi(t,r):(t.reportError(new ReferenceError(`Unknown attribute: ${n}`)),new Dt(`${e}.${n}`))}return i.value?Zi(t,i.value):(t.reportError(new ReferenceError(`No value: ${e}`)),new Dt(e))}function ef(t,{name:e,attr:n,args:i}){const r=`-${e}`,s=t.bundle._terms.get(r);if(!s)return t.reportError(new ReferenceError(`Unknown term: ${r}`)),new Dt(r);if(n){const o=s.attributes[n];if(o){t.params=Ra(t,i).named;const l=Zi(t,o);return t.params=null,l}return t.reportError(new ReferenceError(`Unknown attribute: ${n}`)),new Dt(`${r}.${n}`)}t.params=Ra(t,i).named;const a=Zi(t,s.value);return t.params=null,a}function tf(t,{name:e,args:n}){let i=t.bundle._functions[e];if(!i)return t.reportError(new ReferenceError(`Unknown function: ${e}()`)),new Dt(`${e}()`);if(typeof i!="function")return t.reportError(new TypeError(`Function ${e}() is not callable`)),new Dt(`${e}()`);try{let r=Ra(t,n);return i(r.positional,r.named)}catch(r){return t.reportError(r),new Dt(`${e}()`)}}function nf(t,{selector:e,variants:n,star:i}){let r=$r(t,e);if(r instanceof Dt)return jo(t,n,i);for(const s of n){const a=$r(t,s.key);if(Xh(t,r,a))return Zi(t,s.value)}return jo(t,n,i)}function bc(t,e){if(t.dirty.has(e))return t.reportError(new RangeError("Cyclic reference")),new Dt;t.dirty.add(e);const n=[],i=t.bundle._useIsolating&&e.length>1;for(const r of e){if(typeof r=="string"){n.push(t.bundle._transform(r));continue}if(t.placeables++,t.placeables>Fo)throw t.dirty.delete(e),new RangeError(`Too many placeables expanded: ${t.placeables}, max allowed is ${Fo}`);i&&n.push(Zh),n.push($r(t,r).toString(t)),i&&n.push(Gh)}return t.dirty.delete(e),n.join("")}function Zi(t,e){return typeof e=="string"?t.bundle._transform(e):bc(t,e)}class rf{constructor(e,n,i){this.dirty=new WeakSet,this.params=null,this.placeables=0,this.bundle=e,this.errors=n,this.args=i}reportError(e){if(!this.errors||!(e instanceof Error))throw e;this.errors.push(e)}memoizeIntlObject(e,n){let i=this.bundle._intls.get(e);i||(i={},this.bundle._intls.set(e,i));let r=JSON.stringify(n);return i[r]||(i[r]=new e(this.bundle.locales,n)),i[r]}}function Fa(t,e){const n=Object.create(null);for(const[i,r]of Object.entries(t))e.includes(i)&&(n[i]=r.valueOf());return n}const No=["unitDisplay","currencyDisplay","useGrouping","minimumIntegerDigits","minimumFractionDigits","maximumFractionDigits","minimumSignificantDigits","maximumSignificantDigits"];function sf(t,e){let n=t[0];if(n instanceof Dt)return new Dt(`NUMBER(${n.valueOf()})`);if(n instanceof Hn)return new Hn(n.valueOf(),{...n.opts,...Fa(e,No)});if(n instanceof ui)return new Hn(n.toNumber(),{...Fa(e,No)});throw new TypeError("Invalid argument to NUMBER")}const af=["dateStyle","timeStyle","fractionalSecondDigits","dayPeriod","hour12","weekday","era","year","month","day","hour","minute","second","timeZoneName"];function of(t,e){let n=t[0];if(n instanceof Dt)return new Dt(`DATETIME(${n.valueOf()})`);if(n instanceof ui||n instanceof Hn)return new ui(n,Fa(e,af));throw new TypeError("Invalid argument to DATETIME")}const Bo=new Map;function lf(t){const e=Array.isArray(t)?t.join(" "):t;let n=Bo.get(e);return n===void 0&&(n=new Map,Bo.set(e,n)),n}class uf{constructor(e,{functions:n,useIsolating:i=!0,transform:r=s=>s}={}){this._terms=new Map,this._messages=new Map,this.locales=Array.isArray(e)?e:[e],this._functions={NUMBER:sf,DATETIME:of,...n},this._useIsolating=i,this._transform=r,this._intls=lf(e)}hasMessage(e){return this._messages.has(e)}getMessage(e){return this._messages.get(e)}addResource(e,{allowOverrides:n=!1}={}){const i=[];for(let r=0;r<e.body.length;r++){let s=e.body[r];if(s.id.startsWith("-")){if(n===!1&&this._terms.has(s.id)){i.push(new Error(`Attempt to override an existing term: "${s.id}"`));continue}this._terms.set(s.id,s)}else{if(n===!1&&this._messages.has(s.id)){i.push(new Error(`Attempt to override an existing message: "${s.id}"`));continue}this._messages.set(s.id,s)}}return i}formatPattern(e,n=null,i=null){if(typeof e=="string")return this._transform(e);let r=new rf(this,i,n);try{return bc(r,e).toString(r)}catch(s){if(r.errors&&s instanceof Error)return r.errors.push(s),new Dt().toString(r);throw s}}}const ca=/^(-?[a-zA-Z][\w-]*) *= */gm,Vo=/\.([a-zA-Z][\w-]*) *= */y,cf=/\*?\[/y,da=/(-?[0-9]+(?:\.([0-9]+))?)/y,df=/([a-zA-Z][\w-]*)/y,Wo=/([$-])?([a-zA-Z][\w-]*)(?:\.([a-zA-Z][\w-]*))?/y,hf=/^[A-Z][A-Z0-9_-]*$/,os=/([^{}\n\r]+)/y,ff=/([^\\"\n\r]*)/y,Ho=/\\([\\"])/y,qo=/\\u([a-fA-F0-9]{4})|\\U([a-fA-F0-9]{6})/y,gf=/^\n+/,Ko=/ +$/,pf=/ *\r?\n/g,mf=/( *)$/,vf=/{\s*/y,Uo=/\s*}/y,_f=/\[\s*/y,bf=/\s*] */y,yf=/\s*\(\s*/y,wf=/\s*->\s*/y,kf=/\s*:\s*/y,xf=/\s*,?\s*/y,Sf=/\s+/y;class Mf{constructor(e){this.body=[],ca.lastIndex=0;let n=0;for(;;){let E=ca.exec(e);if(E===null)break;n=ca.lastIndex;try{this.body.push(l(E[1]))}catch($){if($ instanceof SyntaxError)continue;throw $}}function i(E){return E.lastIndex=n,E.test(e)}function r(E,$){if(e[n]===E)return n++,!0;if($)throw new $(`Expected ${E}`);return!1}function s(E,$){if(i(E))return n=E.lastIndex,!0;if($)throw new $(`Expected ${E.toString()}`);return!1}function a(E){E.lastIndex=n;let $=E.exec(e);if($===null)throw new SyntaxError(`Expected ${E.toString()}`);return n=E.lastIndex,$}function o(E){return a(E)[1]}function l(E){let $=d(),V=u();if($===null&&Object.keys(V).length===0)throw new SyntaxError("Expected message value or attributes");return{id:E,value:$,attributes:V}}function u(){let E=Object.create(null);for(;i(Vo);){let $=o(Vo),V=d();if(V===null)throw new SyntaxError("Expected attribute value");E[$]=V}return E}function d(){let E;if(i(os)&&(E=o(os)),e[n]==="{"||e[n]==="}")return h(E?[E]:[],1/0);let $=F();return $?E?h([E,$],$.length):($.value=z($.value,gf),h([$],$.length)):E?z(E,Ko):null}function h(E=[],$){for(;;){if(i(os)){E.push(o(os));continue}if(e[n]==="{"){E.push(f());continue}if(e[n]==="}")throw new SyntaxError("Unbalanced closing brace");let oe=F();if(oe){E.push(oe),$=Math.min($,oe.length);continue}break}let V=E.length-1,ne=E[V];typeof ne=="string"&&(E[V]=z(ne,Ko));let Q=[];for(let oe of E)oe instanceof Yo&&(oe=oe.value.slice(0,oe.value.length-$)),oe&&Q.push(oe);return Q}function f(){s(vf,SyntaxError);let E=g();if(s(Uo))return E;if(s(wf)){let $=_();return s(Uo,SyntaxError),{type:"select",selector:E,...$}}throw new SyntaxError("Unclosed placeable")}function g(){if(e[n]==="{")return f();if(i(Wo)){let[,E,$,V=null]=a(Wo);if(E==="$")return{type:"var",name:$};if(s(yf)){let ne=v();if(E==="-")return{type:"term",name:$,attr:V,args:ne};if(hf.test($))return{type:"func",name:$,args:ne};throw new SyntaxError("Function names must be all upper-case")}return E==="-"?{type:"term",name:$,attr:V,args:[]}:{type:"mesg",name:$,attr:V}}return M()}function v(){let E=[];for(;;){switch(e[n]){case")":return n++,E;case void 0:throw new SyntaxError("Unclosed argument list")}E.push(b()),s(xf)}}function b(){let E=g();return E.type!=="mesg"?E:s(kf)?{type:"narg",name:E.name,value:M()}:E}function _(){let E=[],$=0,V;for(;i(cf);){r("*")&&(V=$);let ne=k(),Q=d();if(Q===null)throw new SyntaxError("Expected variant value");E[$++]={key:ne,value:Q}}if($===0)return null;if(V===void 0)throw new SyntaxError("Expected default variant");return{variants:E,star:V}}function k(){s(_f,SyntaxError);let E;return i(da)?E=T():E={type:"str",value:o(df)},s(bf,SyntaxError),E}function M(){if(i(da))return T();if(e[n]==='"')return L();throw new SyntaxError("Invalid expression")}function T(){let[,E,$=""]=a(da),V=$.length;return{type:"num",value:parseFloat(E),precision:V}}function L(){r('"',SyntaxError);let E="";for(;;){if(E+=o(ff),e[n]==="\\"){E+=C();continue}if(r('"'))return{type:"str",value:E};throw new SyntaxError("Unclosed string literal")}}function C(){if(i(Ho))return o(Ho);if(i(qo)){let[,E,$]=a(qo),V=parseInt(E||$,16);return V<=55295||57344<=V?String.fromCodePoint(V):"�"}throw new SyntaxError("Unknown escape sequence")}function F(){let E=n;switch(s(Sf),e[n]){case".":case"[":case"*":case"}":case void 0:return!1;case"{":return R(e.slice(E,n))}return e[n-1]===" "?R(e.slice(E,n)):!1}function z(E,$){return E.replace($,"")}function R(E){let $=E.replace(pf,`
`),V=mf.exec(E)[1].length;return new Yo($,V)}}}class Yo{constructor(e,n){this.value=e,this.length=n}}const Ef=`### Leadledger — English. Shared by the desktop UI and the PDF report.
### Every other language file has exactly these message ids.
### Numbers, money and dates arrive already formatted for the language.
### Long words may carry soft hyphens (U+00AD) where a narrow column may break them.

## Common

common-na = n/a
common-days = { $value } days
common-none = none

## Periods

period-range = { $from } – { $to }
period-quarter = Q{ $number }
period-month-1 = Jan
period-month-2 = Feb
period-month-3 = Mar
period-month-4 = Apr
period-month-5 = May
period-month-6 = Jun
period-month-7 = Jul
period-month-8 = Aug
period-month-9 = Sep
period-month-10 = Oct
period-month-11 = Nov
period-month-12 = Dec

## Channel directions and the channels a new database starts with

direction-inbound = Inbound
direction-outbound = Outbound
channel-trade-shows = Trade shows
channel-online-directories = Online directories
channel-paid-search = Paid search
channel-organic-search = Organic search
channel-referral = Referral
channel-existing-customer = Existing customer
channel-email = Email
channel-direct-mail = Direct mail
channel-social = Social media
channel-print = Print
channel-website-direct = Website direct
channel-outbound-sales = Outbound sales
channel-unknown = Unknown
source-unknown = Unknown

## Attribution models

model-first-touch = First touch
model-first-touch-definition = Each lead gives all its credit to the source where the prospect first heard of you (the answer to “Where did you hear about us?”).
model-last-touch = Last touch
model-last-touch-definition = Each lead gives all its credit to its most recent touchpoint.
model-linear = Linear
model-linear-definition = Each lead shares its credit equally among all its touchpoints.
model-position-based = Position-based
model-position-based-definition = 40% of the credit goes to the first touchpoint and 40% to the last; the remaining 20% is shared among the touchpoints in between. With two touchpoints, each gets half.
model-time-decay = Time decay
model-time-decay-definition = Touchpoints closer to the lead’s latest contact get more credit: a touchpoint’s weight halves for every { $days } days it lies further back.
model-data-driven = Data-driven
model-data-driven-definition = Credit follows how much each source raises the chance that a lead becomes an order, estimated from the paths of all leads in the period (a Markov chain). Leads themselves are shared as under the linear model.
model-fallback = The data-driven model cannot be estimated for this period (no lead became an order, or no source changes the chance that one does), so the figures use the linear model instead.

## Figures: names and plain-words definitions

figure-leads = Leads
figure-leads-definition = Inquiries that are real sales opportunities: spam, vendors’ sales pitches, duplicates and reorders from existing customers do not count. A channel or source gets the share of each lead that the attribution model credits to it.
figure-spend = Marketing spend
figure-spend-definition = Everything booked as marketing and sales spend in the period: advertising, trade shows, staff, software, overheads. A channel or source shows only the spend booked to it.
figure-revenue = Revenue from marketing
figure-revenue-definition = The value of the orders won in the period that came from a lead, credited to sources by the attribution model.
figure-total-revenue = Total revenue
figure-total-revenue-definition = The value of all orders won in the period, reorders from existing customers included.
figure-roi-pct = ROI
figure-roi-pct-definition = Return on investment: revenue from marketing times the gross margin, less the spend, as a percentage of the spend. 0% means the spend was exactly earned back.
figure-romi = ROMI
figure-romi-definition = Revenue from marketing for each unit of currency spent.
figure-cpl = Cost per lead
figure-cpl-definition = Spend divided by the number of leads: what one lead cost.
figure-won-deals = Won deals
figure-won-deals-definition = Orders won in the period that came from a lead.
figure-deal-conversion-pct = Conversion ratio
figure-deal-conversion-pct-definition = Won deals as a percentage of leads.
figure-lead-to-customer-pct = Lead-to-customer rate
figure-lead-to-customer-pct-definition = Of the leads received in the period, the share that led to at least one won order by the end of the period.
figure-new-customers = New customers
figure-new-customers-definition = Companies whose first order ever was won in the period.
figure-cac = Customer acquisition cost
figure-cac-definition = All spend in the period divided by the number of new customers: what winning one new customer cost.
figure-cac-inbound = CAC inbound
figure-cac-inbound-definition = Spend on inbound channels (those through which customers find you) per new customer won through them.
figure-cac-outbound = CAC outbound
figure-cac-outbound-definition = Spend on outbound channels (those through which you approach customers) per new customer won through them.
figure-value-converted-pct = Sales target achieved
figure-value-converted-pct-definition = Total revenue as a percentage of the year’s sales target; for a shorter period the target is prorated by days.
figure-sales-cycle-days = Sales cycle
figure-sales-cycle-days-definition = The average number of days from the inquiry to the won order.
figure-sales-cycle-median-days = Sales cycle (median)
figure-sales-cycle-median-days-definition = The middle of the days from inquiry to won order: half of the orders were won faster, half slower.
figure-visitor-to-lead-pct = Visitor-to-lead rate
figure-visitor-to-lead-pct-definition = Leads as a percentage of website visitors.
figure-unknown-source-pct = Untracked leads
figure-unknown-source-pct-definition = The share of leads whose first touch is unknown because nobody recorded where the prospect heard about you. The lower, the more reliable every other figure.
figure-retention-pct = Customer retention
figure-retention-pct-definition = Of the customers who ordered in the same period a year earlier, the share who ordered again in this period.
figure-clv = Customer lifetime value
figure-clv-definition = What a customer brings in over the whole relationship: average order value × orders per year × years as a customer.
figure-clv-to-cac = CLV : CAC
figure-clv-to-cac-definition = Customer lifetime value divided by customer acquisition cost: how many times a customer pays back what it cost to win them.

## Where a figure stands against the range expected from earlier years

status-below = Below range
status-within = Within range
status-above = Above range

## Warnings about the data

warning-empty-period = The period { $from } – { $to } has no day on or before the as-of date { $asof }, so every figure is empty.
warning-unresolved-source = Some records refer to sources that no longer exist; they were counted as Unknown.
warning-data-driven-fallback = { model-fallback }
warning-unknown-source-high = For { $pct } of the leads nobody recorded where the prospect heard about you. Ask every inquirer “Where did you hear about us?” and record the answer.
warning-prior-year-missing = No records are dated { $from } – { $to }, so the comparison with the year before is missing.
warning-small-sample = The figures of the sources listed below rest on a small sample (fewer than 10 leads or fewer than 3 won deals in the period); read their ratios with caution.
warning-none = No warnings for this period.

## Charts

chart-leads-title = Leads per month
chart-roi-title = ROI by channel
chart-money-title = Spend and revenue from marketing per quarter
chart-no-data = No data in this period.
chart-roi-undefined = No ROI without spend: { $channels }.

## The management report

report-title = Marketing report
report-subtitle = Leads, costs and returns by channel and source
report-unnamed-company = Company name not set
report-cover-period = Period
report-cover-as-of = Data as of
report-cover-model = Attribution model
report-cover-currency = Currency
report-cover-ytd = Year to date
report-cover-ytd-note = This report covers the year to date, { $from } – { $to }. Every comparison with earlier years uses the same span of those years, e.g. { $prevfrom } – { $prevto } last year.
report-cover-ptd = To date
report-cover-ptd-note = This report covers the period up to the as-of date, { $from } – { $to }. Every comparison with earlier years uses the same span of those years, e.g. { $prevfrom } – { $prevto } last year.
report-cover-highlights = At a glance
report-footer-page = Page { $page } of { $pages }
report-footer-made = Prepared with Leadledger · data as of { $date }
report-no-data = No data in this period.
report-summary-title = Key figures
report-summary-intro = Each figure for { $period }, against the same period a year earlier and against the range expected from the trend of up to five earlier years. A figure outside that range deserves a closer look; whether higher is better depends on the figure.
report-col-figure = Figure
report-col-value = This period
report-col-prev = Year before
report-col-change = Change
report-col-expected = Expected range
report-col-status = Assessment
report-col-channel = Channel
report-col-source = Source
report-change-points = { $value } pp
report-channels-title = By channel
report-channels-intro = Leads, deals and revenue are credited to channels and sources by the { $model } model.
report-sources-title = By source
report-row-general-spend = Spend not booked to a source
report-row-total = Company total
report-inactive-channels = { $count ->
    [one] One channel had no leads, spend or revenue in the period and is not listed.
   *[other] { $shown } channels had no leads, spend or revenue in the period and are not listed.
}
report-inactive-sources = { $count ->
    [one] One source had no leads, spend or revenue in the period and is not listed.
   *[other] { $shown } sources had no leads, spend or revenue in the period and are not listed.
}
report-charts-title = Charts
report-models-title = Attribution models compared
report-models-intro = The company totals do not depend on the attribution model; how they are shared among the channels does. Each column shows the channels’ figures under one model. Where the models disagree strongly, a channel’s figures rest on how credit is shared.
report-models-leads = Leads by channel
report-models-revenue = Revenue from marketing by channel
report-quality-title = Data quality and warnings
report-quality-intro = Every figure in this report is only as good as the records behind it. These checks show where the data is thin or incomplete.
report-quality-records = Leads in the period
report-quality-sources = Sources with activity
report-quality-warnings = Warnings
report-quality-small-sample = Small samples
report-definitions-title = Definitions
report-definitions-intro = All figures follow Leadledger’s metric definitions. Money is rounded to 2 decimals and percentages to 1 decimal only for display; “{ common-na }” marks a figure that cannot be computed because its denominator is zero.
report-definitions-figures = Figures
report-definitions-models = Attribution models

## Desktop app (ui-…): navigation, screens and forms

ui-nav-log = Log inquiry
ui-nav-inquiries = Inquiries & deals
ui-nav-dashboard = Dashboard
ui-nav-spend = Spend
ui-nav-sources = Sources
ui-nav-import = Import & export
ui-nav-settings = Settings
ui-unnamed-company = Company name not set
ui-demo-banner = You are exploring the demo company. Nothing you enter here is kept.
ui-save = Save
ui-saved = Saved.
ui-cancel = Cancel
ui-close = Close
ui-add = Add
ui-edit = Edit
ui-remove = Remove
ui-undo = Undo
ui-previous = Previous
ui-next = Next
ui-search = Search company, contact, phone, source…
ui-showing = { $from }–{ $to } of { $total }
ui-show-table = Show table
ui-show-chart = Show chart
ui-date = Date
ui-amount = Amount
ui-note = Note
ui-total = Total
ui-from = From
ui-to = To
ui-year = Year
ui-quarter = Quarter
ui-month = Month
ui-channel = Channel
ui-source = Source
ui-category = Category
ui-direction = Direction
ui-direction-inbound = Inbound
ui-direction-outbound = Outbound
ui-direction-shared = Shared
ui-language-en = English
ui-language-de = Deutsch
ui-language-nl = Nederlands
ui-language-sv = Svenska
ui-language-ru = Русский

ui-welcome-title = Welcome to Leadledger
ui-welcome-intro = See which marketing brings inquiries, quotes and orders, and what each one costs.
ui-welcome-demo = Explore the demo company
ui-welcome-demo-text = Five years of a small job shop with trade shows, directories, search ads and referrals. Try every screen; nothing is saved.
ui-welcome-start = Start my company
ui-welcome-currency-note = The currency cannot be changed later: every amount is stored in it.

ui-log-title = Log an inquiry
ui-log-source = Where did you hear about us?
ui-log-source-hint = Press 1–9 for a frequent source, 0 for unknown, or type to search
ui-log-unknown = Unknown
ui-log-tagged = Tracking number: { $source }
ui-log-need-source = Choose where the caller heard about us (0 if they don't know).
ui-log-kind = Kind
ui-log-company = Company
ui-log-contact = Contact
ui-log-phone = Phone
ui-log-email = E-mail
ui-log-touchpoint = Also heard via
ui-log-add-touchpoint = Add another touchpoint
ui-log-date = Date
ui-log-is-lead = Counts as a lead
ui-log-not-lead-hint = Spam, vendors and reorders are not leads.
ui-log-editing = Editing { $id }
ui-log-recent = Last entries
ui-log-none-yet = Nothing logged yet today.
ui-log-saved = Saved { $id } · { $source }
ui-kind-call = Call
ui-kind-rfq = RFQ
ui-kind-email = E-mail
ui-kind-web_form = Web form
ui-kind-walk_in = Walk-in
ui-kind-trade_show = Trade show
ui-kind-other = Other

ui-col-received = Received
ui-col-id = No.
ui-col-lead = Lead
ui-col-deals = Quotes and orders
ui-col-deal = Deal
ui-col-quoted = Quoted
ui-col-closed = Closed
ui-col-status = Status
ui-deal-open = Open
ui-deal-won = Won
ui-deal-lost = Lost
ui-deal-mark-won = Mark won
ui-deal-mark-lost = Mark lost
ui-deal-final-amount = Final amount
ui-deal-reason = Reason
ui-deal-add-quote = Add quote

ui-spend-all = All spend
ui-spend-bad-amount = “{ $text }” is not an amount.
ui-spend-general = General spend
ui-spend-general-hint = Salaries, software and overhead that belong to no single source. Direction decides which customer acquisition cost they count towards.
ui-spend-no-general = No general spend this year.
ui-spread = Spread over
ui-spread-months = { $count ->
    [one] one month
   *[other] { $count } months
}
ui-category-advertising = Advertising
ui-category-labor = Salaries
ui-category-software = Software
ui-category-overhead = Overhead
ui-category-distribution = Distribution
ui-category-events = Events
ui-category-other = Other

ui-sources-add = New source
ui-sources-edit = Edit source
ui-sources-name = Name
ui-sources-numbers = Tracking numbers (comma-separated)
ui-sources-uses = { $count ->
    [one] one inquiry
   *[other] { $count } inquiries
}
ui-sources-new-channel = New channel
ui-sources-merge = Merge sources
ui-sources-merge-hint = Moves every inquiry, spend entry and tracking number of one source to another, then removes the first.
ui-sources-merge-from = Merge
ui-sources-merge-into = into
ui-sources-merge-confirm = Everything of “{ $from }” moves to “{ $into }”.

ui-period = Period
ui-period-ytd = Year to date
ui-period-year = Year
ui-period-quarter = Quarter
ui-period-month = Month
ui-period-custom = Custom
ui-model = Attribution
ui-vs-last-year = { $change } vs. last year
ui-expected = Expected { $range }
ui-untracked-alarm = { $pct } of leads have no known source
ui-untracked-advice = Ask every caller “Where did you hear about us?” — the figures by channel are only as good as that answer.
ui-chart-leads = Leads per month, { $year } against the two years before
ui-chart-cpl = Cost per lead by source
ui-warnings = Warnings
ui-compare-models = Attribution models compared
ui-compare-models-show = Compare all models

ui-import-title = Import a CSV file
ui-import-choose = Choose file…
ui-import-path = File
ui-import-preview = Preview
ui-import-encoding = Encoding
ui-import-delimiter = Delimiter
ui-import-decimal = Decimal separator
ui-import-dates = Dates
ui-import-kind = Records
ui-import-create-sources = Create missing sources
ui-import-run = Import
ui-import-running = Importing…
ui-import-accepted = Imported { $rows } rows: { $inserted } new, { $updated } changed, { $unchanged } unchanged.
ui-import-refused = { $count ->
    [one] Nothing was imported: one row needs fixing.
   *[other] Nothing was imported: { $count } rows need fixing.
}
ui-import-row = Row
ui-import-column = Column
ui-import-reason = Problem
ui-kind-file-inquiries = Inquiries
ui-kind-file-deals = Quotes and orders
ui-kind-file-spend = Spend
ui-kind-file-sources = Sources
ui-kind-file-targets = Targets
ui-kind-file-traffic = Website visitors
ui-export-title = Export
ui-export-run = Export as CSV…
ui-export-done = Saved to { $path }

ui-settings-company = Company name
ui-settings-currency = Currency
ui-settings-currency-fixed = Fixed when the company was created.
ui-settings-fiscal-start = Fiscal year starts in
ui-settings-margin = Gross margin (%)
ui-settings-margin-hint = Return on investment counts this share of revenue; 10`,Af=`### Leadledger — Deutsch. Gemeinsam genutzt von Desktop-Oberfläche und PDF-Bericht.
### Zahlen, Beträge und Datumsangaben kommen bereits formatiert an.
### Lange Wörter tragen weiche Trennstriche (U+00AD), wo Tabellen sie umbrechen dürfen.

## Common

common-na = k. A.
common-days = { $value } Tage
common-none = keine

## Periods

period-range = { $from } – { $to }
period-quarter = Q{ $number }
period-month-1 = Jan
period-month-2 = Feb
period-month-3 = Mär
period-month-4 = Apr
period-month-5 = Mai
period-month-6 = Jun
period-month-7 = Jul
period-month-8 = Aug
period-month-9 = Sep
period-month-10 = Okt
period-month-11 = Nov
period-month-12 = Dez

## Channel directions and the channels a new database starts with

direction-inbound = Inbound
direction-outbound = Outbound
channel-trade-shows = Messen
channel-online-directories = Online-Verzeichnisse
channel-paid-search = Suchmaschinen­werbung
channel-organic-search = Organische Suche
channel-referral = Empfehlungen
channel-existing-customer = Bestandskunden
channel-email = E-Mail
channel-direct-mail = Mailings
channel-social = Soziale Medien
channel-print = Printwerbung
channel-website-direct = Website (direkt)
channel-outbound-sales = Aktiver Vertrieb
channel-unknown = Unbekannt
source-unknown = Unbekannt

## Attribution models

model-first-touch = Erster Kontakt
model-first-touch-definition = Jeder Lead wird vollständig der Quelle zugerechnet, über die der Interessent zuerst von Ihnen erfahren hat – also der Antwort auf „Wie sind Sie auf uns aufmerksam geworden?“.
model-last-touch = Letzter Kontakt
model-last-touch-definition = Jeder Lead wird vollständig seinem jüngsten Kontaktpunkt zugerechnet.
model-linear = Linear
model-linear-definition = Jeder Lead wird zu gleichen Teilen auf alle seine Kontaktpunkte verteilt.
model-position-based = Positionsbasiert
model-position-based-definition = Je 40 % gehen an den ersten und den letzten Kontaktpunkt, die übrigen 20 % werden auf die Kontaktpunkte dazwischen verteilt. Bei zwei Kontaktpunkten erhält jeder die Hälfte.
model-time-decay = Zeitverlauf
model-time-decay-definition = Kontaktpunkte, die näher am letzten Kontakt des Leads liegen, zählen mehr: Das Gewicht eines Kontaktpunkts halbiert sich alle { $days } Tage, die er weiter zurückliegt.
model-data-driven = Datengetrieben
model-data-driven-definition = Die Zurechnung richtet sich danach, wie stark jede Quelle die Chance erhöht, dass aus einem Lead ein Auftrag wird – geschätzt aus den Kontaktpfaden aller Leads des Zeitraums (Markow-Kette). Die Leads selbst werden wie im linearen Modell verteilt.
model-fallback = Das datengetriebene Modell lässt sich für diesen Zeitraum nicht schätzen (kein Lead wurde zum Auftrag, oder keine Quelle verändert die Abschlusschance). Die Zahlen beruhen deshalb auf dem linearen Modell.

## Figures: names and plain-words definitions

figure-leads = Leads
figure-leads-definition = Anfragen, hinter denen eine echte Verkaufschance steht; Spam, Angebote von Lieferanten, Dubletten und Nachbestellungen von Bestandskunden zählen nicht. Ein Kanal oder eine Quelle erhält den Anteil jedes Leads, den das Zurechnungsmodell ihm zuweist.
figure-spend = Marketing­ausgaben
figure-spend-definition = Alle im Zeitraum gebuchten Marketing- und Vertriebskosten: Werbung, Messen, Personal, Software, Gemeinkosten. Bei einem Kanal oder einer Quelle nur die ihm zugeordneten Kosten.
figure-revenue = Umsatz aus Marketing
figure-revenue-definition = Der Wert der im Zeitraum gewonnenen Aufträge, die auf einen Lead zurückgehen, vom Zurechnungsmodell auf die Quellen verteilt.
figure-total-revenue = Gesamtumsatz
figure-total-revenue-definition = Der Wert aller im Zeitraum gewonnenen Aufträge, einschließlich Nachbestellungen von Bestandskunden.
figure-roi-pct = ROI
figure-roi-pct-definition = Kapitalrendite: Umsatz aus Marketing mal Rohertragsmarge, abzüglich der Ausgaben, in Prozent der Ausgaben. 0 % heißt, die Ausgaben wurden gerade wieder eingespielt.
figure-romi = ROMI
figure-romi-definition = Umsatz aus Marketing je ausgegebener Währungseinheit.
figure-cpl = Kosten pro Lead
figure-cpl-definition = Ausgaben geteilt durch die Zahl der Leads: was ein Lead gekostet hat.
figure-won-deals = Gewonnene Aufträge
figure-won-deals-definition = Im Zeitraum gewonnene Aufträge, die auf einen Lead zurückgehen.
figure-deal-conversion-pct = Abschluss­quote
figure-deal-conversion-pct-definition = Gewonnene Aufträge in Prozent der Leads.
figure-lead-to-customer-pct = Lead-zu-Kunde-Quote
figure-lead-to-customer-pct-definition = Anteil der im Zeitraum eingegangenen Leads, aus denen bis zum Ende des Zeitraums mindestens ein Auftrag wurde.
figure-new-customers = Neukunden
figure-new-customers-definition = Unternehmen, deren allererster Auftrag im Zeitraum gewonnen wurde.
figure-cac = Kunden­gewinnungs­kosten
figure-cac-definition = Alle Ausgaben des Zeitraums geteilt durch die Zahl der Neukunden: was die Gewinnung eines Neukunden gekostet hat.
figure-cac-inbound = Kunden­gewinnungs­kosten Inbound
figure-cac-inbound-definition = Ausgaben für Inbound-Kanäle (über die Kunden Sie finden) je Neukunde, der über diese Kanäle gewonnen wurde.
figure-cac-outbound = Kunden­gewinnungs­kosten Outbound
figure-cac-outbound-definition = Ausgaben für Outbound-Kanäle (über die Sie auf Kunden zugehen) je Neukunde, der über diese Kanäle gewonnen wurde.
figure-value-converted-pct = Umsatz­ziel­erreichung
figure-value-converted-pct-definition = Gesamtumsatz in Prozent des Umsatzziels für das Jahr; bei einem kürzeren Zeitraum wird das Ziel tageweise anteilig angesetzt.
figure-sales-cycle-days = Verkaufszyklus
figure-sales-cycle-days-definition = Durchschnittliche Zahl der Tage von der Anfrage bis zum gewonnenen Auftrag.
figure-sales-cycle-median-days = Verkaufszyklus (Median)
figure-sales-cycle-median-days-definition = Der mittlere Wert der Tage von der Anfrage bis zum gewonnenen Auftrag: Die Hälfte der Aufträge wurde schneller gewonnen, die andere Hälfte langsamer.
figure-visitor-to-lead-pct = Besucher-zu-Lead-Quote
figure-visitor-to-lead-pct-definition = Leads in Prozent der Website-Besucher.
figure-unknown-source-pct = Leads ohne bekannte Quelle
figure-unknown-source-pct-definition = Anteil der Leads, bei denen niemand erfasst hat, wie der Interessent auf Sie aufmerksam wurde. Je niedriger, desto verlässlicher sind alle anderen Kennzahlen.
figure-retention-pct = Kunden­bindungs­quote
figure-retention-pct-definition = Anteil der Kunden aus dem gleichen Zeitraum des Vorjahres, die auch in diesem Zeitraum wieder bestellt haben.
figure-clv = Kundenwert (CLV)
figure-clv-definition = Was ein Kunde über die gesamte Geschäftsbeziehung einbringt: durchschnittlicher Auftragswert × Aufträge pro Jahr × Jahre als Kunde.
figure-clv-to-cac = CLV : CAC
figure-clv-to-cac-definition = Kundenwert geteilt durch Kundengewinnungskosten: wie oft ein Kunde seine Gewinnungskosten wieder einspielt.

## Where a figure stands against the range expected from earlier years

status-below = Unter Erwartung
status-within = Im Rahmen
status-above = Über Erwartung

## Warnings about the data

warning-empty-period = Der Zeitraum { $from } – { $to } enthält keinen Tag bis zum Stichtag { $asof }; alle Kennzahlen sind daher leer.
warning-unresolved-source = Einige Datensätze verweisen auf Quellen, die nicht mehr existieren; sie wurden als „Unbekannt“ gezählt.
warning-data-driven-fallback = { model-fallback }
warning-unknown-source-high = Bei { $pct } der Leads wurde nicht erfasst, wie der Interessent auf Sie aufmerksam wurde. Fragen Sie bei jeder Anfrage „Wie sind Sie auf uns aufmerksam geworden?“ und halten Sie die Antwort fest.
warning-prior-year-missing = Für { $from } – { $to } liegen keine Daten vor; der Vergleich mit dem Vorjahr fehlt daher.
warning-small-sample = Die Kennzahlen der unten aufgeführten Quellen beruhen auf wenigen Fällen (weniger als 10 Leads oder weniger als 3 gewonnene Aufträge im Zeitraum); ihre Quoten sind daher nur bedingt aussagekräftig.
warning-none = Keine Warnungen für diesen Zeitraum.

## Charts

chart-leads-title = Leads pro Monat
chart-roi-title = ROI nach Kanal
chart-money-title = Marketingausgaben und Umsatz aus Marketing pro Quartal
chart-no-data = Keine Daten in diesem Zeitraum.
chart-roi-undefined = Ohne Ausgaben kein ROI: { $channels }.

## The management report

report-title = Marketingbericht
report-subtitle = Leads, Kosten und Erträge nach Kanal und Quelle
report-unnamed-company = Firmenname nicht hinterlegt
report-cover-period = Zeitraum
report-cover-as-of = Datenstand
report-cover-model = Zurechnungsmodell
report-cover-currency = Währung
report-cover-ytd = Laufendes Jahr
report-cover-ytd-note = Dieser Bericht umfasst das laufende Jahr bis zum Stichtag, { $from } – { $to }. Alle Vergleiche mit früheren Jahren beziehen sich auf denselben Zeitraum dieser Jahre, im Vorjahr also { $prevfrom } – { $prevto }.
report-cover-ptd = Bis zum Stichtag
report-cover-ptd-note = Dieser Bericht umfasst den Zeitraum bis zum Stichtag, { $from } – { $to }. Alle Vergleiche mit früheren Jahren beziehen sich auf denselben Zeitraum dieser Jahre, im Vorjahr also { $prevfrom } – { $prevto }.
report-cover-highlights = Auf einen Blick
report-footer-page = Seite { $page } von { $pages }
report-footer-made = Erstellt mit Leadledger · Datenstand { $date }
report-no-data = Keine Daten in diesem Zeitraum.
report-summary-title = Kennzahlen
report-summary-intro = Jede Kennzahl für { $period } im Vergleich zum gleichen Zeitraum des Vorjahres und zum Erwartungsbereich, der sich aus dem Trend von bis zu fünf früheren Jahren ergibt. Werte außerhalb dieses Bereichs verdienen einen genaueren Blick; ob höher besser ist, hängt von der Kennzahl ab.
report-col-figure = Kennzahl
report-col-value = Berichts­zeitraum
report-col-prev = Vorjahr
report-col-change = Ver­änderung
report-col-expected = Erwartungs­bereich
report-col-status = Ein­ordnung
report-col-channel = Kanal
report-col-source = Quelle
report-change-points = { $value } Pp.
report-channels-title = Nach Kanal
report-channels-intro = Leads, Aufträge und Umsatz werden Kanälen und Quellen nach dem Modell „{ $model }“ zugerechnet.
report-sources-title = Nach Quelle
report-row-general-spend = Keiner Quelle zugeordnete Ausgaben
report-row-total = Unternehmen gesamt
report-inactive-channels = { $count ->
    [one] Ein Kanal hatte im Zeitraum weder Leads noch Ausgaben oder Umsatz und wird nicht aufgeführt.
   *[other] { $shown } Kanäle hatten im Zeitraum weder Leads noch Ausgaben oder Umsatz und werden nicht aufgeführt.
}
report-inactive-sources = { $count ->
    [one] Eine Quelle hatte im Zeitraum weder Leads noch Ausgaben oder Umsatz und wird nicht aufgeführt.
   *[other] { $shown } Quellen hatten im Zeitraum weder Leads noch Ausgaben oder Umsatz und werden nicht aufgeführt.
}
report-charts-title = Diagramme
report-models-title = Zurechnungsmodelle im Vergleich
report-models-intro = Die Summen des Unternehmens hängen nicht vom Zurechnungsmodell ab, wohl aber ihre Verteilung auf die Kanäle. Jede Spalte zeigt die Werte der Kanäle nach einem Modell. Wo die Modelle stark voneinander abweichen, hängen die Zahlen eines Kanals davon ab, wie zugerechnet wird.
report-models-leads = Leads nach Kanal
report-models-revenue = Umsatz aus Marketing nach Kanal
report-quality-title = Datenqualität und Hinweise
report-quality-intro = Jede Kennzahl in diesem Bericht ist nur so gut wie die Daten dahinter. Diese Prüfungen zeigen, wo die Datenbasis dünn oder lückenhaft ist.
report-quality-records = Leads im Zeitraum
report-quality-sources = Quellen mit Aktivität
report-quality-warnings = Hinweise
report-quality-small-sample = Kleine Fallzahlen
report-definitions-title = Begriffe
report-definitions-intro = Alle Kennzahlen folgen den Definitionen von Leadledger. Beträge werden nur für die Anzeige auf 2 Nachkommastellen gerundet, Prozentwerte auf 1 Nachkommastelle; „{ common-na }“ kennzeichnet eine Kennzahl, die sich nicht berechnen lässt, weil ihr Nenner null ist.
report-definitions-figures = Kennzahlen
report-definitions-models = Zurechnungsmodelle

## Desktop-App (ui-…): Navigation, Ansichten und Formulare

ui-nav-log = Anfrage erfassen
ui-nav-inquiries = Anfragen & Aufträge
ui-nav-dashboard = Übersicht
ui-nav-spend = Ausgaben
ui-nav-sources = Quellen
ui-nav-import = Import & Export
ui-nav-settings = Einstellungen
ui-unnamed-company = Firmenname nicht festgelegt
ui-demo-banner = Sie sehen sich die Demo-Firma an. Eingaben hier werden nicht gespeichert.
ui-save = Speichern
ui-saved = Gespeichert.
ui-cancel = Abbrechen
ui-close = Schließen
ui-add = Hinzufügen
ui-edit = Bearbeiten
ui-remove = Entfernen
ui-undo = Rückgängig
ui-previous = Zurück
ui-next = Weiter
ui-search = Firma, Kontakt, Telefon, Quelle suchen…
ui-showing = { $from }–{ $to } von { $total }
ui-show-table = Tabelle zeigen
ui-show-chart = Diagramm zeigen
ui-date = Datum
ui-amount = Betrag
ui-note = Notiz
ui-total = Summe
ui-from = Von
ui-to = Bis
ui-year = Jahr
ui-quarter = Quartal
ui-month = Monat
ui-channel = Kanal
ui-source = Quelle
ui-category = Kategorie
ui-direction = Richtung
ui-direction-inbound = Eingehend
ui-direction-outbound = Ausgehend
ui-direction-shared = Gemeinsam
ui-language-en = English
ui-language-de = Deutsch
ui-language-nl = Nederlands
ui-language-sv = Svenska
ui-language-ru = Русский

ui-welcome-title = Willkommen bei Leadledger
ui-welcome-intro = Sehen Sie, welches Marketing Anfragen, Angebote und Aufträge bringt – und was jede davon kostet.
ui-welcome-demo = Demo-Firma ansehen
ui-welcome-demo-text = Fünf Jahre eines kleinen Lohnfertigers mit Messen, Branchenverzeichnissen, Suchanzeigen und Empfehlungen. Probieren Sie jede Ansicht aus; nichts wird gespeichert.
ui-welcome-start = Meine Firma anlegen
ui-welcome-currency-note = Die Währung lässt sich später nicht ändern: Alle Beträge werden in ihr gespeichert.

ui-log-title = Anfrage erfassen
ui-log-source = Wie sind Sie auf uns aufmerksam geworden?
ui-log-source-hint = 1–9 für eine häufige Quelle, 0 für unbekannt, oder tippen zum Suchen
ui-log-unknown = Unbekannt
ui-log-tagged = Tracking-Nummer: { $source }
ui-log-need-source = Bitte wählen Sie, wie der Anrufer auf uns gekommen ist (0, wenn unbekannt).
ui-log-kind = Art
ui-log-company = Firma
ui-log-contact = Ansprechpartner
ui-log-phone = Telefon
ui-log-email = E-Mail
ui-log-touchpoint = Auch gehört über
ui-log-add-touchpoint = Weiteren Kontaktpunkt hinzufügen
ui-log-date = Datum
ui-log-is-lead = Zählt als Lead
ui-log-not-lead-hint = Spam, Lieferanten und Nachbestellungen sind keine Leads.
ui-log-editing = { $id } wird bearbeitet
ui-log-recent = Letzte Einträge
ui-log-none-yet = Heute noch nichts erfasst.
ui-log-saved = { $id } gespeichert · { $source }
ui-kind-call = Anruf
ui-kind-rfq = Angebotsanfrage
ui-kind-email = E-Mail
ui-kind-web_form = Webformular
ui-kind-walk_in = Besuch
ui-kind-trade_show = Messe
ui-kind-other = Sonstiges

ui-col-received = Eingang
ui-col-id = Nr.
ui-col-lead = Lead
ui-col-deals = Angebote und Aufträge
ui-col-deal = Vorgang
ui-col-quoted = Angeboten
ui-col-closed = Abgeschlossen
ui-col-status = Status
ui-deal-open = Offen
ui-deal-won = Gewonnen
ui-deal-lost = Verloren
ui-deal-mark-won = Als gewonnen markieren
ui-deal-mark-lost = Als verloren markieren
ui-deal-final-amount = Endbetrag
ui-deal-reason = Grund
ui-deal-add-quote = Angebot hinzufügen

ui-spend-all = Alle Ausgaben
ui-spend-bad-amount = „{ $text }“ ist kein Betrag.
ui-spend-general = Allgemeine Ausgaben
ui-spend-general-hint = Gehälter, Software und Gemeinkosten, die keiner einzelnen Quelle gehören. Die Richtung bestimmt, in welche Kundengewinnungskosten sie eingehen.
ui-spend-no-general = Keine allgemeinen Ausgaben in diesem Jahr.
ui-spread = Verteilen auf
ui-spread-months = { $count ->
    [one] einen Monat
   *[other] { $count } Monate
}
ui-category-advertising = Werbung
ui-category-labor = Gehälter
ui-category-software = Software
ui-category-overhead = Gemeinkosten
ui-category-distribution = Vertrieb
ui-category-events = Veranstaltungen
ui-category-other = Sonstiges

ui-sources-add = Neue Quelle
ui-sources-edit = Quelle bearbeiten
ui-sources-name = Name
ui-sources-numbers = Tracking-Nummern (durch Komma getrennt)
ui-sources-uses = { $count ->
    [one] eine Anfrage
   *[other] { $count } Anfragen
}
ui-sources-new-channel = Neuer Kanal
ui-sources-merge = Quellen zusammenführen
ui-sources-merge-hint = Überträgt alle Anfragen, Ausgaben und Tracking-Nummern einer Quelle auf eine andere und entfernt dann die erste.
ui-sources-merge-from = Zusammenführen
ui-sources-merge-into = in
ui-sources-merge-confirm = Alles von „{ $from }“ geht auf „{ $into }“ über.

ui-period = Zeitraum
ui-period-ytd = Jahr bis heute
ui-period-year = Jahr
ui-period-quarter = Quartal
ui-period-month = Monat
ui-period-custom = Benutzerdefiniert
ui-model = Zuordnung
ui-vs-last-year = { $change } ggü. Vorjahr
ui-expected = Erwartet { $range }
ui-untracked-alarm = Bei { $pct } der Leads ist die Quelle unbekannt
ui-untracked-advice = Fragen Sie jeden Anrufer „Wie sind Sie auf uns aufmerksam geworden?“ – die Zahlen je Kanal sind nur so gut wie diese Antwort.
ui-chart-leads = Leads pro Monat, { $year } im Vergleich zu den zwei Vorjahren
ui-chart-cpl = Kosten pro Lead nach Quelle
ui-warnings = Hinweise
ui-compare-models = Zuordnungsmodelle im Vergleich
ui-compare-models-show = Alle Modelle vergleichen

ui-import-title = CSV-Datei importieren
ui-import-choose = Datei wählen…
ui-import-path = Datei
ui-import-preview = Vorschau
ui-import-encoding = Zeichensatz
ui-import-delimiter = Trennzeichen
ui-import-decimal = Dezimaltrennzeichen
ui-import-dates = Datumsformat
ui-import-kind = Datensätze
ui-import-create-sources = Fehlende Quellen anlegen
ui-import-run = Importieren
ui-import-running = Wird importiert…
ui-import-accepted = { $rows } Zeilen importiert: { $inserted } neu, { $updated } geändert, { $unchanged } unverändert.
ui-import-refused = { $count ->
    [one] Nichts wurde importiert: Eine Zeile muss korrigiert werden.
   *[other] Nichts wurde importiert: { $count } Zeilen müssen korrigiert werden.
}
ui-import-row = Zeile
ui-import-column = Spalte
ui-import-reason = Problem
ui-kind-file-inquiries = Anfragen
ui-kind-file-deals = Angebote und Aufträge
ui-kind-file-spend = Ausgaben
ui-kind-file-sources = Quellen
ui-kind-file-targets = Ziele
ui-kind-file-traffic = Website-Besucher
ui-export-title = Export
ui-export-run = Als CSV exportieren…
ui-export-done = Gespeichert unter { $path }

ui-settings-company = Firmenname
ui-settings-currency = Währung
ui-settings-currency-fixed = Beim Anlegen der Firma festgelegt.
ui-settings-fiscal-start = Geschäftsjahr beginnt im
ui-settings-margin = Bruttomarge (%)
ui-settings-margin-hint = Die Rendite rechnet mit diesem Anteil des Umsatzes; 100`,Df=`### Leadledger — Nederlands. Gedeeld door de desktopapp en het PDF-rapport.
### Getallen, bedragen en datums komen al opgemaakt binnen.

## Common

common-na = n.v.t.
common-days = { $value } dagen
common-none = geen

## Periods

period-range = { $from } – { $to }
period-quarter = Q{ $number }
period-month-1 = jan
period-month-2 = feb
period-month-3 = mrt
period-month-4 = apr
period-month-5 = mei
period-month-6 = jun
period-month-7 = jul
period-month-8 = aug
period-month-9 = sep
period-month-10 = okt
period-month-11 = nov
period-month-12 = dec

## Channel directions and the channels a new database starts with

direction-inbound = Inbound
direction-outbound = Outbound
channel-trade-shows = Beurzen
channel-online-directories = Online bedrijvengidsen
channel-paid-search = Zoekmachine­adverteren
channel-organic-search = Organisch zoeken
channel-referral = Doorverwijzingen
channel-existing-customer = Bestaande klanten
channel-email = E-mail
channel-direct-mail = Direct mail
channel-social = Sociale media
channel-print = Printadvertenties
channel-website-direct = Website (direct)
channel-outbound-sales = Actieve verkoop
channel-unknown = Onbekend
source-unknown = Onbekend

## Attribution models

model-first-touch = Eerste interactie
model-first-touch-definition = Elke lead wordt volledig toegerekend aan de bron waar de prospect voor het eerst van u hoorde: het antwoord op ‘Hoe bent u bij ons terechtgekomen?’.
model-last-touch = Laatste interactie
model-last-touch-definition = Elke lead wordt volledig toegerekend aan zijn meest recente contactmoment.
model-linear = Lineair
model-linear-definition = Elke lead wordt gelijk verdeeld over al zijn contactmomenten.
model-position-based = Positiegebaseerd
model-position-based-definition = Het eerste en het laatste contactmoment krijgen elk 40% van de toerekening; de overige 20% wordt verdeeld over de contactmomenten daartussen. Bij twee contactmomenten krijgt elk de helft.
model-time-decay = Tijdverval
model-time-decay-definition = Contactmomenten dichter bij het laatste contact van de lead tellen zwaarder: het gewicht van een contactmoment halveert voor elke { $days } dagen dat het verder terug ligt.
model-data-driven = Datagestuurd
model-data-driven-definition = De toerekening volgt hoeveel elke bron de kans vergroot dat een lead een order wordt, geschat uit de klantreizen van alle leads in de periode (een markovketen). De leads zelf worden verdeeld zoals in het lineaire model.
model-fallback = Het datagestuurde model is voor deze periode niet te schatten (geen enkele lead werd een order, of geen bron verandert de kans daarop). De cijfers gebruiken daarom het lineaire model.

## Figures: names and plain-words definitions

figure-leads = Leads
figure-leads-definition = Aanvragen met een echte verkoopkans; spam, verkooppraatjes van leveranciers, dubbele aanvragen en nabestellingen van bestaande klanten tellen niet mee. Een kanaal of bron krijgt het deel van elke lead dat het toerekeningsmodel eraan toekent.
figure-spend = Marketing­uitgaven
figure-spend-definition = Alle in de periode geboekte marketing- en verkoopkosten: advertenties, beurzen, personeel, software, overhead. Bij een kanaal of bron alleen de kosten die daarop geboekt zijn.
figure-revenue = Omzet uit marketing
figure-revenue-definition = De waarde van de in de periode gewonnen orders die uit een lead voortkwamen, door het toerekeningsmodel over de bronnen verdeeld.
figure-total-revenue = Totale omzet
figure-total-revenue-definition = De waarde van alle in de periode gewonnen orders, nabestellingen van bestaande klanten inbegrepen.
figure-roi-pct = ROI
figure-roi-pct-definition = Rendement op de investering: omzet uit marketing maal de brutomarge, min de uitgaven, als percentage van de uitgaven. 0% betekent dat de uitgaven precies zijn terugverdiend.
figure-romi = ROMI
figure-romi-definition = Omzet uit marketing per uitgegeven munteenheid.
figure-cpl = Kosten per lead
figure-cpl-definition = Uitgaven gedeeld door het aantal leads: wat één lead heeft gekost.
figure-won-deals = Gewonnen orders
figure-won-deals-definition = In de periode gewonnen orders die uit een lead voortkwamen.
figure-deal-conversion-pct = Orderconversie
figure-deal-conversion-pct-definition = Gewonnen orders als percentage van de leads.
figure-lead-to-customer-pct = Conversie lead naar klant
figure-lead-to-customer-pct-definition = Het deel van de in de periode ontvangen leads dat vóór het einde van de periode tot minstens één gewonnen order leidde.
figure-new-customers = Nieuwe klanten
figure-new-customers-definition = Bedrijven waarvan de allereerste order in de periode werd gewonnen.
figure-cac = Klant­wervings­kosten
figure-cac-definition = Alle uitgaven in de periode gedeeld door het aantal nieuwe klanten: wat het werven van één nieuwe klant heeft gekost.
figure-cac-inbound = Klant­wervings­kosten inbound
figure-cac-inbound-definition = Uitgaven aan inboundkanalen (waarlangs klanten u vinden) per nieuwe klant die via die kanalen is gewonnen.
figure-cac-outbound = Klant­wervings­kosten outbound
figure-cac-outbound-definition = Uitgaven aan outboundkanalen (waarlangs u klanten benadert) per nieuwe klant die via die kanalen is gewonnen.
figure-value-converted-pct = Realisatie omzet­doel
figure-value-converted-pct-definition = De totale omzet als percentage van het omzetdoel voor het jaar; voor een kortere periode wordt het doel naar rato van het aantal dagen genomen.
figure-sales-cycle-days = Verkoopcyclus
figure-sales-cycle-days-definition = Het gemiddelde aantal dagen van aanvraag tot gewonnen order.
figure-sales-cycle-median-days = Verkoopcyclus (mediaan)
figure-sales-cycle-median-days-definition = De middelste waarde van het aantal dagen van aanvraag tot gewonnen order: de helft van de orders werd sneller gewonnen, de andere helft trager.
figure-visitor-to-lead-pct = Conversie bezoeker naar lead
figure-visitor-to-lead-pct-definition = Leads als percentage van de websitebezoekers.
figure-unknown-source-pct = Leads zonder bekende bron
figure-unknown-source-pct-definition = Het deel van de leads waarbij niemand heeft vastgelegd hoe de prospect bij u terechtkwam. Hoe lager, hoe betrouwbaarder alle andere cijfers.
figure-retention-pct = Klantbehoud
figure-retention-pct-definition = Het deel van de klanten uit dezelfde periode een jaar eerder dat ook in deze periode opnieuw bestelde.
figure-clv = Klantwaarde (CLV)
figure-clv-definition = Wat een klant over de hele relatie oplevert: gemiddelde orderwaarde × orders per jaar × aantal jaren als klant.
figure-clv-to-cac = CLV : CAC
figure-clv-to-cac-definition = Klantwaarde gedeeld door klantwervingskosten: hoe vaak een klant terugverdient wat het kostte om hem te werven.

## Where a figure stands against the range expected from earlier years

status-below = Onder verwachting
status-within = Binnen verwachting
status-above = Boven verwachting

## Warnings about the data

warning-empty-period = De periode { $from } – { $to } bevat geen dag op of vóór de peildatum { $asof }; alle cijfers zijn daarom leeg.
warning-unresolved-source = Sommige gegevens verwijzen naar bronnen die niet meer bestaan; ze zijn als ‘Onbekend’ geteld.
warning-data-driven-fallback = { model-fallback }
warning-unknown-source-high = Bij { $pct } van de leads is niet vastgelegd hoe de prospect bij u terechtkwam. Vraag bij elke aanvraag ‘Hoe bent u bij ons terechtgekomen?’ en noteer het antwoord.
warning-prior-year-missing = Er zijn geen gegevens van { $from } – { $to }, dus de vergelijking met vorig jaar ontbreekt.
warning-small-sample = De cijfers van de hieronder vermelde bronnen berusten op kleine aantallen (minder dan 10 leads of minder dan 3 gewonnen orders in de periode); trek uit hun ratio’s dus geen harde conclusies.
warning-none = Geen waarschuwingen voor deze periode.

## Charts

chart-leads-title = Leads per maand
chart-roi-title = ROI per kanaal
chart-money-title = Marketinguitgaven en omzet uit marketing per kwartaal
chart-no-data = Geen gegevens in deze periode.
chart-roi-undefined = Zonder uitgaven geen ROI: { $channels }.

## The management report

report-title = Marketingrapportage
report-subtitle = Leads, kosten en opbrengsten per kanaal en bron
report-unnamed-company = Bedrijfsnaam niet ingesteld
report-cover-period = Periode
report-cover-as-of = Peildatum
report-cover-model = Toerekeningsmodel
report-cover-currency = Valuta
report-cover-ytd = Lopend jaar
report-cover-ytd-note = Dit rapport beslaat het lopende jaar tot de peildatum, { $from } – { $to }. Elke vergelijking met eerdere jaren gebruikt dezelfde periode van die jaren, vorig jaar dus { $prevfrom } – { $prevto }.
report-cover-ptd = Tot de peildatum
report-cover-ptd-note = Dit rapport beslaat de periode tot de peildatum, { $from } – { $to }. Elke vergelijking met eerdere jaren gebruikt dezelfde periode van die jaren, vorig jaar dus { $prevfrom } – { $prevto }.
report-cover-highlights = In één oogopslag
report-footer-page = Pagina { $page } van { $pages }
report-footer-made = Opgesteld met Leadledger · peildatum { $date }
report-no-data = Geen gegevens in deze periode.
report-summary-title = Kerncijfers
report-summary-intro = Elk cijfer voor { $period }, vergeleken met dezelfde periode een jaar eerder en met de bandbreedte die de trend van maximaal vijf eerdere jaren doet verwachten. Een cijfer buiten die bandbreedte verdient nadere aandacht; of hoger beter is, hangt van het cijfer af.
report-col-figure = Kengetal
report-col-value = Deze periode
report-col-prev = Vorig jaar
report-col-change = Verschil
report-col-expected = Verwachte band­breedte
report-col-status = Beoordeling
report-col-channel = Kanaal
report-col-source = Bron
report-change-points = { $value } %-punt
report-channels-title = Per kanaal
report-channels-intro = Leads, orders en omzet worden aan kanalen en bronnen toegerekend volgens het model ‘{ $model }’.
report-sources-title = Per bron
report-row-general-spend = Uitgaven niet op een bron geboekt
report-row-total = Totaal bedrijf
report-inactive-channels = { $count ->
    [one] Eén kanaal had in de periode geen leads, uitgaven of omzet en is niet opgenomen.
   *[other] { $shown } kanalen hadden in de periode geen leads, uitgaven of omzet en zijn niet opgenomen.
}
report-inactive-sources = { $count ->
    [one] Eén bron had in de periode geen leads, uitgaven of omzet en is niet opgenomen.
   *[other] { $shown } bronnen hadden in de periode geen leads, uitgaven of omzet en zijn niet opgenomen.
}
report-charts-title = Grafieken
report-models-title = Toerekeningsmodellen vergeleken
report-models-intro = De totalen van het bedrijf hangen niet af van het toerekeningsmodel, de verdeling over de kanalen wel. Elke kolom toont de cijfers van de kanalen volgens één model. Waar de modellen sterk verschillen, hangen de cijfers van een kanaal af van de manier van toerekenen.
report-models-leads = Leads per kanaal
report-models-revenue = Omzet uit marketing per kanaal
report-quality-title = Datakwaliteit en waarschuwingen
report-quality-intro = Elk cijfer in dit rapport is maar zo goed als de gegevens erachter. Deze controles laten zien waar de gegevens dun of onvolledig zijn.
report-quality-records = Leads in de periode
report-quality-sources = Bronnen met activiteit
report-quality-warnings = Waarschuwingen
report-quality-small-sample = Kleine aantallen
report-definitions-title = Begrippen
report-definitions-intro = Alle cijfers volgen de definities van Leadledger. Bedragen worden alleen voor de weergave afgerond op 2 decimalen en percentages op 1 decimaal; ‘{ common-na }’ staat bij een cijfer dat niet te berekenen is omdat de noemer nul is.
report-definitions-figures = Kengetallen
report-definitions-models = Toerekeningsmodellen

## Desktopapp (ui-…): navigatie, schermen en formulieren

ui-nav-log = Aanvraag vastleggen
ui-nav-inquiries = Aanvragen & deals
ui-nav-dashboard = Dashboard
ui-nav-spend = Uitgaven
ui-nav-sources = Bronnen
ui-nav-import = Import & export
ui-nav-settings = Instellingen
ui-unnamed-company = Bedrijfsnaam niet ingesteld
ui-demo-banner = U bekijkt het demobedrijf. Wat u hier invoert, wordt niet bewaard.
ui-save = Opslaan
ui-saved = Opgeslagen.
ui-cancel = Annuleren
ui-close = Sluiten
ui-add = Toevoegen
ui-edit = Bewerken
ui-remove = Verwijderen
ui-undo = Ongedaan maken
ui-previous = Vorige
ui-next = Volgende
ui-search = Zoek bedrijf, contactpersoon, telefoon, bron…
ui-showing = { $from }–{ $to } van { $total }
ui-show-table = Tabel tonen
ui-show-chart = Grafiek tonen
ui-date = Datum
ui-amount = Bedrag
ui-note = Notitie
ui-total = Totaal
ui-from = Van
ui-to = Tot
ui-year = Jaar
ui-quarter = Kwartaal
ui-month = Maand
ui-channel = Kanaal
ui-source = Bron
ui-category = Categorie
ui-direction = Richting
ui-direction-inbound = Inbound
ui-direction-outbound = Outbound
ui-direction-shared = Gedeeld
ui-language-en = English
ui-language-de = Deutsch
ui-language-nl = Nederlands
ui-language-sv = Svenska
ui-language-ru = Русский

ui-welcome-title = Welkom bij Leadledger
ui-welcome-intro = Zie welke marketing aanvragen, offertes en orders oplevert, en wat elk ervan kost.
ui-welcome-demo = Demobedrijf verkennen
ui-welcome-demo-text = Vijf jaar van een kleine loonfabrikant met beurzen, bedrijvengidsen, zoekadvertenties en doorverwijzingen. Probeer elk scherm; niets wordt opgeslagen.
ui-welcome-start = Mijn bedrijf starten
ui-welcome-currency-note = De valuta kan later niet worden gewijzigd: elk bedrag wordt erin opgeslagen.

ui-log-title = Aanvraag vastleggen
ui-log-source = Hoe heeft u ons gevonden?
ui-log-source-hint = Druk 1–9 voor een veelgebruikte bron, 0 voor onbekend, of typ om te zoeken
ui-log-unknown = Onbekend
ui-log-tagged = Trackingnummer: { $source }
ui-log-need-source = Kies hoe de beller ons heeft gevonden (0 als dat onbekend is).
ui-log-kind = Soort
ui-log-company = Bedrijf
ui-log-contact = Contactpersoon
ui-log-phone = Telefoon
ui-log-email = E-mail
ui-log-touchpoint = Ook gehoord via
ui-log-add-touchpoint = Nog een contactmoment toevoegen
ui-log-date = Datum
ui-log-is-lead = Telt als lead
ui-log-not-lead-hint = Spam, leveranciers en nabestellingen zijn geen leads.
ui-log-editing = { $id } bewerken
ui-log-recent = Laatste invoer
ui-log-none-yet = Vandaag nog niets vastgelegd.
ui-log-saved = { $id } opgeslagen · { $source }
ui-kind-call = Telefoon
ui-kind-rfq = Offerteaanvraag
ui-kind-email = E-mail
ui-kind-web_form = Webformulier
ui-kind-walk_in = Bezoek
ui-kind-trade_show = Beurs
ui-kind-other = Overig

ui-col-received = Ontvangen
ui-col-id = Nr.
ui-col-lead = Lead
ui-col-deals = Offertes en orders
ui-col-deal = Deal
ui-col-quoted = Offerte
ui-col-closed = Afgesloten
ui-col-status = Status
ui-deal-open = Open
ui-deal-won = Gewonnen
ui-deal-lost = Verloren
ui-deal-mark-won = Markeren als gewonnen
ui-deal-mark-lost = Markeren als verloren
ui-deal-final-amount = Eindbedrag
ui-deal-reason = Reden
ui-deal-add-quote = Offerte toevoegen

ui-spend-all = Alle uitgaven
ui-spend-bad-amount = ‘{ $text }’ is geen bedrag.
ui-spend-general = Algemene uitgaven
ui-spend-general-hint = Salarissen, software en overhead die bij geen enkele bron horen. De richting bepaalt in welke klantwervingskosten ze meetellen.
ui-spend-no-general = Geen algemene uitgaven dit jaar.
ui-spread = Spreiden over
ui-spread-months = { $count ->
    [one] één maand
   *[other] { $count } maanden
}
ui-category-advertising = Reclame
ui-category-labor = Salarissen
ui-category-software = Software
ui-category-overhead = Overhead
ui-category-distribution = Distributie
ui-category-events = Evenementen
ui-category-other = Overig

ui-sources-add = Nieuwe bron
ui-sources-edit = Bron bewerken
ui-sources-name = Naam
ui-sources-numbers = Trackingnummers (gescheiden door komma’s)
ui-sources-uses = { $count ->
    [one] één aanvraag
   *[other] { $count } aanvragen
}
ui-sources-new-channel = Nieuw kanaal
ui-sources-merge = Bronnen samenvoegen
ui-sources-merge-hint = Verplaatst alle aanvragen, uitgaven en trackingnummers van een bron naar een andere en verwijdert daarna de eerste.
ui-sources-merge-from = Voeg
ui-sources-merge-into = samen met
ui-sources-merge-confirm = Alles van ‘{ $from }’ gaat naar ‘{ $into }’.

ui-period = Periode
ui-period-ytd = Jaar tot heden
ui-period-year = Jaar
ui-period-quarter = Kwartaal
ui-period-month = Maand
ui-period-custom = Aangepast
ui-model = Attributie
ui-vs-last-year = { $change } t.o.v. vorig jaar
ui-expected = Verwacht { $range }
ui-untracked-alarm = Bij { $pct } van de leads is de bron onbekend
ui-untracked-advice = Vraag elke beller “Hoe heeft u ons gevonden?” — de cijfers per kanaal zijn maar zo goed als dat antwoord.
ui-chart-leads = Leads per maand, { $year } tegenover de twee jaren ervoor
ui-chart-cpl = Kosten per lead per bron
ui-warnings = Waarschuwingen
ui-compare-models = Attributiemodellen vergeleken
ui-compare-models-show = Alle modellen vergelijken

ui-import-title = Een CSV-bestand importeren
ui-import-choose = Bestand kiezen…
ui-import-path = Bestand
ui-import-preview = Voorbeeld
ui-import-encoding = Codering
ui-import-delimiter = Scheidingsteken
ui-import-decimal = Decimaalteken
ui-import-dates = Datums
ui-import-kind = Gegevens
ui-import-create-sources = Ontbrekende bronnen aanmaken
ui-import-run = Importeren
ui-import-running = Bezig met importeren…
ui-import-accepted = { $rows } rijen geïmporteerd: { $inserted } nieuw, { $updated } gewijzigd, { $unchanged } ongewijzigd.
ui-import-refused = { $count ->
    [one] Er is niets geïmporteerd: één rij moet worden gecorrigeerd.
   *[other] Er is niets geïmporteerd: { $count } rijen moeten worden gecorrigeerd.
}
ui-import-row = Rij
ui-import-column = Kolom
ui-import-reason = Probleem
ui-kind-file-inquiries = Aanvragen
ui-kind-file-deals = Offertes en orders
ui-kind-file-spend = Uitgaven
ui-kind-file-sources = Bronnen
ui-kind-file-targets = Doelen
ui-kind-file-traffic = Websitebezoekers
ui-export-title = Exporteren
ui-export-run = Exporteren als CSV…
ui-export-done = Opgeslagen in { $path }

ui-settings-company = Bedrijfsnaam
ui-settings-currency = Valuta
ui-settings-currency-fixed = Vastgelegd bij het aanmaken van het bedrijf.
ui-settings-fiscal-start = Boekjaar begint in
ui-settings-margin = Brutomarge (%)
ui-settings-margin-hint = Het rendement rekent met dit deel van de omzet;`,Tf=`### Leadledger — svenska. Delas av skrivbordsappen och PDF-rapporten.
### Tal, belopp och datum kommer redan formaterade.

## Common

common-na = e.t.
common-days = { $value } dagar
common-none = inga

## Periods

period-range = { $from } – { $to }
period-quarter = Q{ $number }
period-month-1 = jan
period-month-2 = feb
period-month-3 = mar
period-month-4 = apr
period-month-5 = maj
period-month-6 = jun
period-month-7 = jul
period-month-8 = aug
period-month-9 = sep
period-month-10 = okt
period-month-11 = nov
period-month-12 = dec

## Channel directions and the channels a new database starts with

direction-inbound = Inbound
direction-outbound = Outbound
channel-trade-shows = Mässor
channel-online-directories = Onlinekataloger
channel-paid-search = Sök­annonsering
channel-organic-search = Organisk sökning
channel-referral = Rekommendationer
channel-existing-customer = Befintliga kunder
channel-email = E-post
channel-direct-mail = Direktreklam
channel-social = Sociala medier
channel-print = Tryckt annonsering
channel-website-direct = Webbplats (direkt)
channel-outbound-sales = Uppsökande försäljning
channel-unknown = Okänd
source-unknown = Okänd

## Attribution models

model-first-touch = Första interaktion
model-first-touch-definition = Varje lead tillskrivs helt den källa där kunden först hörde talas om er – svaret på ”Hur hörde ni talas om oss?”.
model-last-touch = Sista interaktion
model-last-touch-definition = Varje lead tillskrivs helt sin senaste kontaktpunkt.
model-linear = Linjär
model-linear-definition = Varje lead fördelas lika på alla sina kontaktpunkter.
model-position-based = Positionsbaserad
model-position-based-definition = Den första och den sista kontaktpunkten får 40 % var; resterande 20 % fördelas på kontaktpunkterna däremellan. Med två kontaktpunkter får var och en hälften.
model-time-decay = Tidsförlopp
model-time-decay-definition = Kontaktpunkter närmare leadets senaste kontakt väger tyngre: en kontaktpunkts vikt halveras för var { $days }:e dag den ligger längre tillbaka.
model-data-driven = Datadriven
model-data-driven-definition = Tillskrivningen följer hur mycket varje källa ökar chansen att ett lead blir en order, uppskattat utifrån alla leads kundresor under perioden (en markovkedja). Själva leadsen fördelas som i den linjära modellen.
model-fallback = Den datadrivna modellen går inte att skatta för den här perioden (inget lead blev en order, eller ingen källa påverkar chansen till det). Siffrorna bygger därför på den linjära modellen.

## Figures: names and plain-words definitions

figure-leads = Leads
figure-leads-definition = Förfrågningar som är verkliga affärsmöjligheter; spam, säljförsök från leverantörer, dubbletter och återköp från befintliga kunder räknas inte. En kanal eller källa får den del av varje lead som tillskrivningsmodellen ger den.
figure-spend = Marknads­förings­kostnader
figure-spend-definition = Alla marknadsförings- och säljkostnader som bokförts under perioden: annonsering, mässor, personal, programvara, omkostnader. För en kanal eller källa endast de kostnader som bokförts på den.
figure-revenue = Intäkter från marknads­föring
figure-revenue-definition = Värdet av de order som vunnits under perioden och som kom från ett lead, fördelat på källorna enligt tillskrivningsmodellen.
figure-total-revenue = Total försäljning
figure-total-revenue-definition = Värdet av alla order som vunnits under perioden, inklusive återköp från befintliga kunder.
figure-roi-pct = ROI
figure-roi-pct-definition = Avkastning på investeringen: intäkter från marknadsföring gånger bruttomarginalen, minus kostnaderna, i procent av kostnaderna. 0 % betyder att kostnaderna precis har tjänats in.
figure-romi = ROMI
figure-romi-definition = Intäkter från marknadsföring per satsad valutaenhet.
figure-cpl = Kostnad per lead
figure-cpl-definition = Kostnaderna delat med antalet leads: vad ett lead har kostat.
figure-won-deals = Vunna affärer
figure-won-deals-definition = Order som vunnits under perioden och som kom från ett lead.
figure-deal-conversion-pct = Konverteringsgrad
figure-deal-conversion-pct-definition = Vunna affärer i procent av antalet leads.
figure-lead-to-customer-pct = Andel leads som blir kunder
figure-lead-to-customer-pct-definition = Andelen av periodens leads som före periodens slut ledde till minst en vunnen order.
figure-new-customers = Nya kunder
figure-new-customers-definition = Företag vars allra första order vanns under perioden.
figure-cac = Kund­anskaffnings­kostnad
figure-cac-definition = Periodens samtliga kostnader delat med antalet nya kunder: vad det kostade att vinna en ny kund.
figure-cac-inbound = Kund­anskaffnings­kostnad inbound
figure-cac-inbound-definition = Kostnader för inboundkanaler (där kunderna hittar er) per ny kund som vunnits via dem.
figure-cac-outbound = Kund­anskaffnings­kostnad outbound
figure-cac-outbound-definition = Kostnader för outboundkanaler (där ni söker upp kunderna) per ny kund som vunnits via dem.
figure-value-converted-pct = Mål­uppfyllelse försäljning
figure-value-converted-pct-definition = Total försäljning i procent av årets försäljningsmål; för en kortare period räknas målet om i proportion till antalet dagar.
figure-sales-cycle-days = Säljcykel
figure-sales-cycle-days-definition = Genomsnittligt antal dagar från förfrågan till vunnen order.
figure-sales-cycle-median-days = Säljcykel (median)
figure-sales-cycle-median-days-definition = Mittvärdet av antalet dagar från förfrågan till vunnen order: hälften av ordrarna vanns snabbare, hälften långsammare.
figure-visitor-to-lead-pct = Konvertering besökare till lead
figure-visitor-to-lead-pct-definition = Leads i procent av webbplatsens besökare.
figure-unknown-source-pct = Leads utan känd källa
figure-unknown-source-pct-definition = Andelen leads där ingen har registrerat hur kunden hittade till er. Ju lägre, desto mer tillförlitliga är alla andra siffror.
figure-retention-pct = Kundbehållning
figure-retention-pct-definition = Andelen av kunderna från samma period ett år tidigare som beställde igen under den här perioden.
figure-clv = Kundlivstidsvärde (CLV)
figure-clv-definition = Vad en kund ger under hela kundrelationen: genomsnittligt ordervärde × order per år × antal år som kund.
figure-clv-to-cac = CLV : CAC
figure-clv-to-cac-definition = Kundlivstidsvärdet delat med kundanskaffningskostnaden: hur många gånger en kund betalar tillbaka vad det kostade att vinna den.

## Where a figure stands against the range expected from earlier years

status-below = Under förväntan
status-within = Inom förväntan
status-above = Över förväntan

## Warnings about the data

warning-empty-period = Perioden { $from } – { $to } har ingen dag på eller före avstämningsdagen { $asof }, så alla siffror är tomma.
warning-unresolved-source = Vissa poster hänvisar till källor som inte längre finns; de har räknats som ”Okänd”.
warning-data-driven-fallback = { model-fallback }
warning-unknown-source-high = För { $pct } av alla leads har ingen registrerat hur kunden hittade till er. Fråga vid varje förfrågan ”Hur hörde ni talas om oss?” och skriv ner svaret.
warning-prior-year-missing = Det finns inga poster daterade { $from } – { $to }, så jämförelsen med föregående år saknas.
warning-small-sample = Siffrorna för källorna nedan vilar på ett litet underlag (färre än 10 leads eller färre än 3 vunna affärer under perioden); tolka deras nyckeltal med försiktighet.
warning-none = Inga varningar för den här perioden.

## Charts

chart-leads-title = Leads per månad
chart-roi-title = ROI per kanal
chart-money-title = Marknadsföringskostnader och intäkter från marknadsföring per kvartal
chart-no-data = Inga data för perioden.
chart-roi-undefined = Ingen ROI utan kostnader: { $channels }.

## The management report

report-title = Marknadsrapport
report-subtitle = Leads, kostnader och intäkter per kanal och källa
report-unnamed-company = Företagsnamn saknas
report-cover-period = Period
report-cover-as-of = Avstämningsdag
report-cover-model = Tillskrivningsmodell
report-cover-currency = Valuta
report-cover-ytd = Hittills i år
report-cover-ytd-note = Rapporten omfattar året fram till avstämningsdagen, { $from } – { $to }. Alla jämförelser med tidigare år avser samma period under de åren, förra året alltså { $prevfrom } – { $prevto }.
report-cover-ptd = Fram till avstämningsdagen
report-cover-ptd-note = Rapporten omfattar perioden fram till avstämningsdagen, { $from } – { $to }. Alla jämförelser med tidigare år avser samma period under de åren, förra året alltså { $prevfrom } – { $prevto }.
report-cover-highlights = I korthet
report-footer-page = Sida { $page } av { $pages }
report-footer-made = Framtagen med Leadledger · avstämningsdag { $date }
report-no-data = Inga data för perioden.
report-summary-title = Nyckeltal
report-summary-intro = Varje nyckeltal för { $period } jämfört med samma period ett år tidigare och med det intervall som trenden från upp till fem tidigare år ger. Ett värde utanför intervallet är värt en närmare titt; om högre är bättre beror på nyckeltalet.
report-col-figure = Nyckeltal
report-col-value = Perioden
report-col-prev = Föregående år
report-col-change = Förändring
report-col-expected = Förväntat intervall
report-col-status = Bedömning
report-col-channel = Kanal
report-col-source = Källa
report-change-points = { $value } p.e.
report-channels-title = Per kanal
report-channels-intro = Leads, affärer och intäkter fördelas på kanaler och källor enligt modellen ”{ $model }”.
report-sources-title = Per källa
report-row-general-spend = Kostnader som inte bokförts på en källa
report-row-total = Företaget totalt
report-inactive-channels = { $count ->
    [one] En kanal hade inga leads, kostnader eller intäkter under perioden och visas inte.
   *[other] { $shown } kanaler hade inga leads, kostnader eller intäkter under perioden och visas inte.
}
report-inactive-sources = { $count ->
    [one] En källa hade inga leads, kostnader eller intäkter under perioden och visas inte.
   *[other] { $shown } källor hade inga leads, kostnader eller intäkter under perioden och visas inte.
}
report-charts-title = Diagram
report-models-title = Tillskrivningsmodeller i jämförelse
report-models-intro = Företagets totalsummor beror inte på tillskrivningsmodellen, men fördelningen på kanalerna gör det. Varje kolumn visar kanalernas siffror enligt en modell. Där modellerna skiljer sig mycket åt beror en kanals siffror på hur tillskrivningen görs.
report-models-leads = Leads per kanal
report-models-revenue = Intäkter från marknadsföring per kanal
report-quality-title = Datakvalitet och varningar
report-quality-intro = Varje siffra i rapporten är bara så bra som underlaget bakom den. Kontrollerna nedan visar var underlaget är tunt eller ofullständigt.
report-quality-records = Leads under perioden
report-quality-sources = Källor med aktivitet
report-quality-warnings = Varningar
report-quality-small-sample = Litet underlag
report-definitions-title = Begrepp
report-definitions-intro = Alla nyckeltal följer Leadledgers definitioner. Belopp avrundas till 2 decimaler och procentsatser till 1 decimal, men endast i visningen; ”{ common-na }” anger ett nyckeltal som inte kan beräknas eftersom nämnaren är noll.
report-definitions-figures = Nyckeltal
report-definitions-models = Tillskrivningsmodeller

## Skrivbordsappen (ui-…): navigering, vyer och formulär

ui-nav-log = Registrera förfrågan
ui-nav-inquiries = Förfrågningar & affärer
ui-nav-dashboard = Översikt
ui-nav-spend = Kostnader
ui-nav-sources = Källor
ui-nav-import = Import & export
ui-nav-settings = Inställningar
ui-unnamed-company = Företagsnamn saknas
ui-demo-banner = Du utforskar demoföretaget. Inget du matar in här sparas.
ui-save = Spara
ui-saved = Sparat.
ui-cancel = Avbryt
ui-close = Stäng
ui-add = Lägg till
ui-edit = Redigera
ui-remove = Ta bort
ui-undo = Ångra
ui-previous = Föregående
ui-next = Nästa
ui-search = Sök företag, kontakt, telefon, källa…
ui-showing = { $from }–{ $to } av { $total }
ui-show-table = Visa tabell
ui-show-chart = Visa diagram
ui-date = Datum
ui-amount = Belopp
ui-note = Anteckning
ui-total = Summa
ui-from = Från
ui-to = Till
ui-year = År
ui-quarter = Kvartal
ui-month = Månad
ui-channel = Kanal
ui-source = Källa
ui-category = Kategori
ui-direction = Riktning
ui-direction-inbound = Inkommande
ui-direction-outbound = Utgående
ui-direction-shared = Gemensam
ui-language-en = English
ui-language-de = Deutsch
ui-language-nl = Nederlands
ui-language-sv = Svenska
ui-language-ru = Русский

ui-welcome-title = Välkommen till Leadledger
ui-welcome-intro = Se vilken marknadsföring som ger förfrågningar, offerter och order, och vad var och en kostar.
ui-welcome-demo = Utforska demoföretaget
ui-welcome-demo-text = Fem år hos en liten legotillverkare med mässor, företagskataloger, sökannonser och rekommendationer. Prova varje vy; inget sparas.
ui-welcome-start = Starta mitt företag
ui-welcome-currency-note = Valutan kan inte ändras senare: alla belopp lagras i den.

ui-log-title = Registrera en förfrågan
ui-log-source = Hur hörde du talas om oss?
ui-log-source-hint = Tryck 1–9 för en vanlig källa, 0 för okänd, eller skriv för att söka
ui-log-unknown = Okänd
ui-log-tagged = Spårningsnummer: { $source }
ui-log-need-source = Välj hur den som ringer hittade oss (0 om det är okänt).
ui-log-kind = Typ
ui-log-company = Företag
ui-log-contact = Kontaktperson
ui-log-phone = Telefon
ui-log-email = E-post
ui-log-touchpoint = Hörde även via
ui-log-add-touchpoint = Lägg till en kontaktpunkt till
ui-log-date = Datum
ui-log-is-lead = Räknas som lead
ui-log-not-lead-hint = Skräppost, leverantörer och återköp är inte leads.
ui-log-editing = Redigerar { $id }
ui-log-recent = Senaste registreringar
ui-log-none-yet = Inget registrerat i dag ännu.
ui-log-saved = { $id } sparad · { $source }
ui-kind-call = Samtal
ui-kind-rfq = Offertförfrågan
ui-kind-email = E-post
ui-kind-web_form = Webbformulär
ui-kind-walk_in = Besök
ui-kind-trade_show = Mässa
ui-kind-other = Övrigt

ui-col-received = Mottagen
ui-col-id = Nr
ui-col-lead = Lead
ui-col-deals = Offerter och order
ui-col-deal = Affär
ui-col-quoted = Offererad
ui-col-closed = Avslutad
ui-col-status = Status
ui-deal-open = Öppen
ui-deal-won = Vunnen
ui-deal-lost = Förlorad
ui-deal-mark-won = Markera som vunnen
ui-deal-mark-lost = Markera som förlorad
ui-deal-final-amount = Slutbelopp
ui-deal-reason = Orsak
ui-deal-add-quote = Lägg till offert

ui-spend-all = Alla kostnader
ui-spend-bad-amount = ”{ $text }” är inget belopp.
ui-spend-general = Allmänna kostnader
ui-spend-general-hint = Löner, programvara och omkostnader som inte hör till någon enskild källa. Riktningen avgör vilken kundanskaffningskostnad de räknas in i.
ui-spend-no-general = Inga allmänna kostnader i år.
ui-spread = Fördela över
ui-spread-months = { $count ->
    [one] en månad
   *[other] { $count } månader
}
ui-category-advertising = Reklam
ui-category-labor = Löner
ui-category-software = Programvara
ui-category-overhead = Omkostnader
ui-category-distribution = Distribution
ui-category-events = Evenemang
ui-category-other = Övrigt

ui-sources-add = Ny källa
ui-sources-edit = Redigera källa
ui-sources-name = Namn
ui-sources-numbers = Spårningsnummer (kommaseparerade)
ui-sources-uses = { $count ->
    [one] en förfrågan
   *[other] { $count } förfrågningar
}
ui-sources-new-channel = Ny kanal
ui-sources-merge = Slå ihop källor
ui-sources-merge-hint = Flyttar alla förfrågningar, kostnader och spårningsnummer från en källa till en annan och tar sedan bort den första.
ui-sources-merge-from = Slå ihop
ui-sources-merge-into = med
ui-sources-merge-confirm = Allt från ”{ $from }” flyttas till ”{ $into }”.

ui-period = Period
ui-period-ytd = Hittills i år
ui-period-year = År
ui-period-quarter = Kvartal
ui-period-month = Månad
ui-period-custom = Anpassad
ui-model = Attribuering
ui-vs-last-year = { $change } mot i fjol
ui-expected = Förväntat { $range }
ui-untracked-alarm = För { $pct } av alla leads är källan okänd
ui-untracked-advice = Fråga alla som ringer ”Hur hörde du talas om oss?” – siffrorna per kanal är bara så bra som det svaret.
ui-chart-leads = Leads per månad, { $year } jämfört med de två föregående åren
ui-chart-cpl = Kostnad per lead per källa
ui-warnings = Varningar
ui-compare-models = Attribueringsmodeller jämförda
ui-compare-models-show = Jämför alla modeller

ui-import-title = Importera en CSV-fil
ui-import-choose = Välj fil…
ui-import-path = Fil
ui-import-preview = Förhandsvisa
ui-import-encoding = Teckenkodning
ui-import-delimiter = Avgränsare
ui-import-decimal = Decimaltecken
ui-import-dates = Datum
ui-import-kind = Poster
ui-import-create-sources = Skapa saknade källor
ui-import-run = Importera
ui-import-running = Importerar…
ui-import-accepted = { $rows } rader importerade: { $inserted } nya, { $updated } ändrade, { $unchanged } oförändrade.
ui-import-refused = { $count ->
    [one] Inget importerades: en rad behöver rättas.
   *[other] Inget importerades: { $count } rader behöver rättas.
}
ui-import-row = Rad
ui-import-column = Kolumn
ui-import-reason = Problem
ui-kind-file-inquiries = Förfrågningar
ui-kind-file-deals = Offerter och order
ui-kind-file-spend = Kostnader
ui-kind-file-sources = Källor
ui-kind-file-targets = Mål
ui-kind-file-traffic = Webbplatsbesökare
ui-export-title = Exportera
ui-export-run = Exportera som CSV…
ui-export-done = Sparat i { $path }

ui-settings-company = Företagsnamn
ui-settings-currency = Valuta
ui-settings-currency-fixed = Bestämdes när företaget skapades.
ui-settings-fiscal-start = Räkenskapsåret börjar i
ui-settings-margin = Bruttomarginal (%)
ui-settings-margin-hint = Avkastningen räknar med denna andel av int�`,Of=`### Leadledger — русский. Общий файл для настольного приложения и PDF-отчёта.
### Числа, суммы и даты приходят уже отформатированными.

## Common

common-na = н/д
common-days = { $value } дн.
common-none = нет

## Periods

period-range = { $from } – { $to }
period-quarter = { $number } кв.
period-month-1 = янв
period-month-2 = фев
period-month-3 = мар
period-month-4 = апр
period-month-5 = май
period-month-6 = июн
period-month-7 = июл
period-month-8 = авг
period-month-9 = сен
period-month-10 = окт
period-month-11 = ноя
period-month-12 = дек

## Channel directions and the channels a new database starts with

direction-inbound = Входящий
direction-outbound = Исходящий
channel-trade-shows = Выставки
channel-online-directories = Онлайн-каталоги
channel-paid-search = Контекстная реклама
channel-organic-search = Органический поиск
channel-referral = Рекомендации
channel-existing-customer = Действующие клиенты
channel-email = Электронная почта
channel-direct-mail = Почтовая рассылка
channel-social = Социальные сети
channel-print = Печатная реклама
channel-website-direct = Сайт (прямые заходы)
channel-outbound-sales = Активные продажи
channel-unknown = Неизвестно
source-unknown = Неизвестно

## Attribution models

model-first-touch = Первое взаимо­действие
model-first-touch-definition = Лид целиком засчитывается источнику, из которого клиент впервые узнал о вас, — ответу на вопрос «Откуда вы о нас узнали?».
model-last-touch = Последнее взаимо­действие
model-last-touch-definition = Лид целиком засчитывается последней точке контакта.
model-linear = Линейная
model-linear-definition = Лид делится поровну между всеми своими точками контакта.
model-position-based = С привязкой к позиции
model-position-based-definition = Первая и последняя точки контакта получают по 40 %, оставшиеся 20 % делятся между точками контакта посередине. При двух точках контакта каждая получает половину.
model-time-decay = С учётом давности
model-time-decay-definition = Точки контакта, более близкие к последнему контакту лида, весят больше: вес точки контакта уменьшается вдвое за каждые { $days } дн. удалённости.
model-data-driven = На основе данных
model-data-driven-definition = Вклад источника определяется тем, насколько он повышает вероятность того, что лид станет заказом; оценка строится по цепочкам касаний всех лидов периода (цепь Маркова). Сами лиды распределяются как в линейной модели.
model-fallback = Модель на основе данных за этот период построить нельзя (ни один лид не стал заказом или ни один источник не влияет на вероятность заказа), поэтому показатели рассчитаны по линейной модели.

## Figures: names and plain-words definitions

figure-leads = Лиды
figure-leads-definition = Обращения, за которыми стоит реальная возможность продажи; спам, предложения поставщиков, дубликаты и повторные заказы действующих клиентов не учитываются. Каналу или источнику засчитывается та доля каждого лида, которую ему отводит модель атрибуции.
figure-spend = Расходы на маркетинг
figure-spend-definition = Все расходы на маркетинг и продажи, учтённые за период: реклама, выставки, персонал, программы, накладные расходы. Для канала или источника — только отнесённые на него расходы.
figure-revenue = Выручка от маркетинга
figure-revenue-definition = Сумма заказов, выигранных за период и пришедших из лидов, распределённая между источниками по модели атрибуции.
figure-total-revenue = Общая выручка
figure-total-revenue-definition = Сумма всех заказов, выигранных за период, включая повторные заказы действующих клиентов.
figure-roi-pct = ROI
figure-roi-pct-definition = Окупаемость инвестиций: выручка от маркетинга, умноженная на валовую маржу, за вычетом расходов, в процентах от расходов. 0 % означает, что расходы ровно окупились.
figure-romi = ROMI
figure-romi-definition = Выручка от маркетинга на каждую потраченную денежную единицу.
figure-cpl = Стоимость лида
figure-cpl-definition = Расходы, делённые на число лидов: во что обошёлся один лид.
figure-won-deals = Выигранные сделки
figure-won-deals-definition = Заказы, выигранные за период и пришедшие из лидов.
figure-deal-conversion-pct = Конверсия в сделку
figure-deal-conversion-pct-definition = Выигранные сделки в процентах от числа лидов.
figure-lead-to-customer-pct = Конверсия лида в клиента
figure-lead-to-customer-pct-definition = Доля лидов, полученных за период, которые к концу периода принесли хотя бы один выигранный заказ.
figure-new-customers = Новые клиенты
figure-new-customers-definition = Компании, самый первый заказ которых выигран в этом периоде.
figure-cac = Стоимость привлечения клиента
figure-cac-definition = Все расходы за период, делённые на число новых клиентов: во что обошлось привлечение одного клиента.
figure-cac-inbound = Стоимость привлечения, входящие каналы
figure-cac-inbound-definition = Расходы на входящие каналы (через которые клиенты находят вас) на одного нового клиента, привлечённого через них.
figure-cac-outbound = Стоимость привлечения, исходящие каналы
figure-cac-outbound-definition = Расходы на исходящие каналы (через которые вы выходите на клиентов) на одного нового клиента, привлечённого через них.
figure-value-converted-pct = Выполнение плана продаж
figure-value-converted-pct-definition = Общая выручка в процентах от годового плана продаж; для более короткого периода план берётся пропорционально числу дней.
figure-sales-cycle-days = Цикл сделки
figure-sales-cycle-days-definition = Среднее число дней от обращения до выигранного заказа.
figure-sales-cycle-median-days = Цикл сделки (медиана)
figure-sales-cycle-median-days-definition = Срединное значение числа дней от обращения до выигранного заказа: половина заказов выиграна быстрее, половина — медленнее.
figure-visitor-to-lead-pct = Конверсия посетителей в лиды
figure-visitor-to-lead-pct-definition = Лиды в процентах от числа посетителей сайта.
figure-unknown-source-pct = Лиды без источника
figure-unknown-source-pct-definition = Доля лидов, по которым никто не записал, откуда клиент узнал о вас. Чем она ниже, тем надёжнее все остальные показатели.
figure-retention-pct = Удержание клиентов
figure-retention-pct-definition = Доля клиентов, заказывавших в тот же период годом ранее, которые снова сделали заказ в этом периоде.
figure-clv = Пожизненная ценность клиента (CLV)
figure-clv-definition = Сколько клиент приносит за всё время сотрудничества: средний чек × число заказов в год × число лет сотрудничества.
figure-clv-to-cac = CLV : CAC
figure-clv-to-cac-definition = Пожизненная ценность клиента, делённая на стоимость его привлечения: во сколько раз клиент окупает затраты на его привлечение.

## Where a figure stands against the range expected from earlier years

status-below = Ниже нормы
status-within = В норме
status-above = Выше нормы

## Warnings about the data

warning-empty-period = В периоде { $from } – { $to } нет ни одного дня до отчётной даты { $asof } включительно, поэтому все показатели пусты.
warning-unresolved-source = Некоторые записи ссылаются на источники, которых больше нет; они учтены как «Неизвестно».
warning-data-driven-fallback = { model-fallback }
warning-unknown-source-high = По { $pct } лидов не записано, откуда клиент узнал о вас. Спрашивайте при каждом обращении «Откуда вы о нас узнали?» и записывайте ответ.
warning-prior-year-missing = За период { $from } – { $to } нет ни одной записи, поэтому сравнение с прошлым годом невозможно.
warning-small-sample = Показатели перечисленных ниже источников основаны на малой выборке (меньше 10 лидов или меньше 3 выигранных сделок за период); к их коэффициентам следует относиться с осторожностью.
warning-none = Замечаний за этот период нет.

## Charts

chart-leads-title = Лиды по месяцам
chart-roi-title = ROI по каналам
chart-money-title = Расходы и выручка от маркетинга по кварталам
chart-no-data = Нет данных за этот период.
chart-roi-undefined = Без расходов ROI не рассчитывается: { $channels }.

## The management report

report-title = Маркетинговый отчёт
report-subtitle = Лиды, затраты и отдача по каналам и источникам
report-unnamed-company = Название компании не указано
report-cover-period = Период
report-cover-as-of = Данные на
report-cover-model = Модель атрибуции
report-cover-currency = Валюта
report-cover-ytd = С начала года
report-cover-ytd-note = Отчёт охватывает период с начала года: { $from } – { $to }. Все сравнения с прошлыми годами ведутся за тот же отрезок этих лет, для прошлого года — { $prevfrom } – { $prevto }.
report-cover-ptd = На отчётную дату
report-cover-ptd-note = Отчёт охватывает период до отчётной даты: { $from } – { $to }. Все сравнения с прошлыми годами ведутся за тот же отрезок этих лет, для прошлого года — { $prevfrom } – { $prevto }.
report-cover-highlights = Коротко о главном
report-footer-page = Страница { $page } из { $pages }
report-footer-made = Подготовлено в Leadledger · данные на { $date }
report-no-data = Нет данных за этот период.
report-summary-title = Ключевые показатели
report-summary-intro = Каждый показатель за период { $period } в сравнении с тем же периодом прошлого года и с диапазоном, ожидаемым по тренду не более чем пяти предыдущих лет. Значение вне диапазона заслуживает внимания; лучше ли более высокое значение, зависит от показателя.
report-col-figure = Показатель
report-col-value = Текущий период
report-col-prev = Прошлый год
report-col-change = Изменение
report-col-expected = Ожидаемый диапазон
report-col-status = Оценка
report-col-channel = Канал
report-col-source = Источник
report-change-points = { $value } п. п.
report-channels-title = По каналам
report-channels-intro = Лиды, сделки и выручка распределены между каналами и источниками по модели «{ $model }».
report-sources-title = По источникам
report-row-general-spend = Расходы, не отнесённые на источник
report-row-total = Итого по компании
report-inactive-channels = { $count ->
    [one] { $shown } канал без лидов, расходов и выручки за период не показан.
    [few] { $shown } канала без лидов, расходов и выручки за период не показаны.
   *[many] { $shown } каналов без лидов, расходов и выручки за период не показаны.
}
report-inactive-sources = { $count ->
    [one] { $shown } источник без лидов, расходов и выручки за период не показан.
    [few] { $shown } источника без лидов, расходов и выручки за период не показаны.
   *[many] { $shown } источников без лидов, расходов и выручки за период не показаны.
}
report-charts-title = Графики
report-models-title = Сравнение моделей атрибуции
report-models-intro = Итоги по компании от модели атрибуции не зависят, а их распределение между каналами — зависит. Каждый столбец показывает цифры каналов по одной модели. Если модели сильно расходятся, цифры канала определяются тем, как распределяется вклад.
report-models-leads = Лиды по каналам
report-models-revenue = Выручка от маркетинга по каналам
report-quality-title = Качество данных и замечания
report-quality-intro = Любой показатель в отчёте надёжен ровно настолько, насколько надёжны данные за ним. Эти проверки показывают, где данных мало или они неполны.
report-quality-records = Лиды за период
report-quality-sources = Источники с активностью
report-quality-warnings = Замечания
report-quality-small-sample = Малые выборки
report-definitions-title = Определения
report-definitions-intro = Все показатели следуют определениям Leadledger. Суммы округляются до 2 знаков после запятой, проценты — до 1 знака, и только при выводе; «{ common-na }» означает, что показатель нельзя рассчитать, потому что его знаменатель равен нулю.
report-definitions-figures = Показатели
report-definitions-models = Модели атрибуции

## Настольное приложение (ui-…): навигация, экраны и формы

ui-nav-log = Новое обращение
ui-nav-inquiries = Обращения и сделки
ui-nav-dashboard = Обзор
ui-nav-spend = Расходы
ui-nav-sources = Источники
ui-nav-import = Импорт и экспорт
ui-nav-settings = Настройки
ui-unnamed-company = Название компании не задано
ui-demo-banner = Вы просматриваете демо-компанию. Введённые здесь данные не сохраняются.
ui-save = Сохранить
ui-saved = Сохранено.
ui-cancel = Отмена
ui-close = Закрыть
ui-add = Добавить
ui-edit = Изменить
ui-remove = Удалить
ui-undo = Отменить
ui-previous = Назад
ui-next = Вперёд
ui-search = Поиск по компании, контакту, телефону, источнику…
ui-showing = { $from }–{ $to } из { $total }
ui-show-table = Показать таблицу
ui-show-chart = Показать диаграмму
ui-date = Дата
ui-amount = Сумма
ui-note = Примечание
ui-total = Итого
ui-from = С
ui-to = По
ui-year = Год
ui-quarter = Квартал
ui-month = Месяц
ui-channel = Канал
ui-source = Источник
ui-category = Категория
ui-direction = Направление
ui-direction-inbound = Входящий
ui-direction-outbound = Исходящий
ui-direction-shared = Общий
ui-language-en = English
ui-language-de = Deutsch
ui-language-nl = Nederlands
ui-language-sv = Svenska
ui-language-ru = Русский

ui-welcome-title = Добро пожаловать в Leadledger
ui-welcome-intro = Узнайте, какой маркетинг приносит обращения, запросы цен и заказы и во что обходится каждый из них.
ui-welcome-demo = Посмотреть демо-компанию
ui-welcome-demo-text = Пять лет небольшого механического производства: выставки, отраслевые каталоги, поисковая реклама и рекомендации. Попробуйте все экраны — ничего не сохраняется.
ui-welcome-start = Завести мою компанию
ui-welcome-currency-note = Валюту потом нельзя изменить: все суммы хранятся в ней.

ui-log-title = Новое обращение
ui-log-source = Откуда вы о нас узнали?
ui-log-source-hint = Нажмите 1–9 для частого источника, 0 — если неизвестно, или начните вводить для поиска
ui-log-unknown = Неизвестно
ui-log-tagged = Отслеживаемый номер: { $source }
ui-log-need-source = Укажите, откуда звонящий узнал о нас (0, если неизвестно).
ui-log-kind = Тип
ui-log-company = Компания
ui-log-contact = Контактное лицо
ui-log-phone = Телефон
ui-log-email = Эл. почта
ui-log-touchpoint = Также узнал через
ui-log-add-touchpoint = Добавить ещё точку контакта
ui-log-date = Дата
ui-log-is-lead = Считается лидом
ui-log-not-lead-hint = Спам, поставщики и повторные заказы — не лиды.
ui-log-editing = Изменение { $id }
ui-log-recent = Последние записи
ui-log-none-yet = Сегодня ещё ничего не записано.
ui-log-saved = { $id } сохранено · { $source }
ui-kind-call = Звонок
ui-kind-rfq = Запрос цены
ui-kind-email = Эл. письмо
ui-kind-web_form = Веб-форма
ui-kind-walk_in = Визит
ui-kind-trade_show = Выставка
ui-kind-other = Другое

ui-col-received = Получено
ui-col-id = №
ui-col-lead = Лид
ui-col-deals = Предложения и заказы
ui-col-deal = Сделка
ui-col-quoted = Предложение
ui-col-closed = Закрыта
ui-col-status = Статус
ui-deal-open = Открыта
ui-deal-won = Выиграна
ui-deal-lost = Проиграна
ui-deal-mark-won = Отметить как выигранную
ui-deal-mark-lost = Отметить как проигранную
ui-deal-final-amount = Итоговая сумма
ui-deal-reason = Причина
ui-deal-add-quote = Добавить предложение

ui-spend-all = Все расходы
ui-spend-bad-amount = «{ $text }» — это не сумма.
ui-spend-general = Общие расходы
ui-spend-general-hint = Зарплаты, программы и накладные расходы, не относящиеся к одному источнику. Направление определяет, в какую стоимость привлечения клиента они входят.
ui-spend-no-general = В этом году общих расходов нет.
ui-spread = Распределить на
ui-spread-months = { $count ->
    [one] { $count } месяц
    [few] { $count } месяца
   *[other] { $count } месяцев
}
ui-category-advertising = Реклама
ui-category-labor = Зарплаты
ui-category-software = Программы
ui-category-overhead = Накладные расходы
ui-category-distribution = Сбыт
ui-category-events = Мероприятия
ui-category-other = Другое

ui-sources-add = Новый источник
ui-sources-edit = Изменить источник
ui-sources-name = Название
ui-sources-numbers = Отслеживаемые номера (через запятую)
ui-sources-uses = { $count ->
    [one] { $count } обращение
    [few] { $count } обращения
   *[other] { $count } обращений
}
ui-sources-new-channel = Новый канал
ui-sources-merge = Объединить источники
ui-sources-merge-hint = Переносит все обращения, расходы и отслеживаемые номера одного источника в другой, затем удаляет первый.
ui-sources-merge-from = Объединить
ui-sources-merge-into = с
ui-sources-merge-confirm = Всё из «{ $from }» перейдёт в «{ $into }».

ui-period = Период
ui-period-ytd = С начала года
ui-period-year = Год
ui-period-quarter = Квартал
ui-period-month = Месяц
ui-period-custom = Произвольный
ui-model = Атрибуция
ui-vs-last-year = { $change } к прошлому году
ui-expected = Ожидается { $range }
ui-untracked-alarm = У { $pct } лидов источник неизвестен
ui-untracked-advice = Спрашивайте каждого звонящего «Откуда вы о нас узнали?» — цифры по каналам точны ровно настолько, насколько точен этот ответ.
ui-chart-leads = Лиды по месяцам: { $year } в сравнении с двумя предыдущими годами
ui-chart-cpl = Стоимость лида по источникам
ui-warnings = Предупреждения
ui-compare-models = Сравнение моделей атрибуции
ui-compare-models-show = Сравнить все модели

ui-import-title = Импорт файла CSV
ui-import-choose = Выбрать файл…
ui-import-path = Файл
ui-import-preview = Просмотр
ui-import-encoding = Кодировка
ui-import-delimiter = Разделитель
ui-import-decimal = Десятичный разделитель
ui-import-dates = Даты
ui-import-kind = Записи
ui-import-create-sources = Создать недостающие источники
ui-import-run = Импортировать
ui-import-running = Импорт…
ui-import-accepted = Импортировано строк: { $rows } (новых: { $inserted }, изменённых: { $updated }, без изменений: { $unchanged }).
ui-import-refused = { $count ->
    [one] Ничего не импортировано: нужно исправить { $count } строку.
    [few] Ничего не импортировано: нужно исправить { $count } строки.
   *[other] Ничего не импортировано: нужно исправить { $count } строк.
}
ui-import-row = Строка
ui-import-column = Столбец
ui-import-reason = Проблема
ui-kind-file-inquiries = Обращения
ui-kind-file-deals = Предложения и заказы
ui-kind-file-spend = Расходы
ui-kind-file-sources = Источники
ui-kind-file-targets = Цели
ui-kind-file-traffic = Посетители сайта
ui-export-title = Экспорт
ui-export-run = Экспортировать в CSV…
ui-export-done = Сохранено в { $path }

ui-settings-company = Название компании
ui-settings-currency = Валюта
ui-settings-currency-fixed = Задана при создании компании.
ui-settings-fiscal-start = Финансовый год начинается в
ui-settings-margin = Валовая маржа (%)
ui-settings-margin-hint = Окупаемость считается с этой долей выручки; 100 — вся выруч`,oo=["en","de","nl","sv","ru"],Cf={en:Ef,de:Af,nl:Df,sv:Tf,ru:Of};function $f(t){const e=new uf(t,{useIsolating:!1});return e.addResource(new Mf(Cf[t])),e}const Zo=new Map;function Pf(t){let e=Zo.get(t);return e||(e=$f(t),Zo.set(t,e)),e}const un=xt({lang:"en"});function ja(t){un.lang=oo.includes(t)?t:"en",typeof document<"u"&&(document.documentElement.lang=un.lang)}function y(t,e){for(const n of[un.lang,"en"]){const i=Pf(n),r=i.getMessage(t);if(r?.value)return i.formatPattern(r.value,e??null,[])}return t}const Lf={en:"en-GB",de:"de-DE",nl:"nl-NL",sv:"sv-SE",ru:"ru-RU"},qs=t=>Lf[t]??"en-GB";function Ks(t,e,n){return e==null||e===""?"–":new Intl.NumberFormat(qs(t),n).format(e)}const Nt=(t,e,n,i=0)=>Ks(t,e,{style:"currency",currency:n,minimumFractionDigits:i,maximumFractionDigits:i}),Kt=(t,e,n=0)=>Ks(t,e,{minimumFractionDigits:0,maximumFractionDigits:n}),Ri=(t,e,n=1)=>e==null?"–":Ks(t,e,{maximumFractionDigits:n,minimumFractionDigits:n})+" %",If=(t,e)=>e==null?"–":Ks(t,e,{maximumFractionDigits:1,minimumFractionDigits:1,signDisplay:"exceptZero"})+" %";function Mi(t,e){if(!e)return"–";const[n,i,r]=e.slice(0,10).split("-").map(Number);return new Intl.DateTimeFormat(qs(t),{dateStyle:"medium",timeZone:"UTC"}).format(Date.UTC(n,i-1,r))}function yc(t,e){const[n,i="00:00"]=e.split("T");return`${Mi(t,n)} ${i.slice(0,5)}`}function Gi(t,e){return new Intl.DateTimeFormat(qs(t),{month:"short",timeZone:"UTC"}).format(Date.UTC(2001,e-1,1))}function Pr(t,e){if(/[a-z]/i.test(t))return null;let n=t.replace(/[\s\u00a0\u202f'€$£₽]/g,"");if(n==="")return"0";const i=(n.match(/,/g)??[]).length,r=(n.match(/\./g)??[]).length;let s=null;return i&&r?s=n.lastIndexOf(",")>n.lastIndexOf(".")?",":".":i===1?s=e==="en"&&/,\d{3}$/.test(n)?null:",":r===1&&(s=e!=="en"&&/\.\d{3}$/.test(n)?null:"."),n=n.replace(s===","?/\./g:s==="."?/,/g:/[.,]/g,""),s===","&&(n=n.replace(",",".")),/^-?\d+(\.\d+)?$/.test(n)?n:null}const Ps=()=>{const t=new Date;return`${t.getFullYear()}-${String(t.getMonth()+1).padStart(2,"0")}-${String(t.getDate()).padStart(2,"0")}`};var ha=I("<option> </option>"),zf=I('<p class="error"> </p>'),Rf=I('<div class="welcome svelte-1ef77ut"><header class="svelte-1ef77ut"><span class="logo svelte-1ef77ut" aria-hidden="true"></span> <h1 class="svelte-1ef77ut"> </h1> <p class="muted"> </p></header> <div class="cards svelte-1ef77ut"><section class="panel svelte-1ef77ut"><h2> </h2> <p class="muted"> </p> <button class="primary" id="open-demo"> </button></section> <section class="panel svelte-1ef77ut"><h2> </h2> <form class="svelte-1ef77ut"><label> <input id="company-name" required=""/></label> <div class="row"><label> <select></select></label> <label> <select></select></label> <label> <select></select></label></div> <p class="muted small svelte-1ef77ut"> </p> <button class="primary svelte-1ef77ut" type="submit"> </button></form></section></div> <!></div>');function Ff(t,e){bn(e,!0);let n=K(!1),i=K(""),r=K(null),s=xt({name:"",currency:"EUR",fiscal_year_start_month:1,language:un.lang});const a=["EUR","USD","GBP","CHF","SEK","NOK","DKK","PLN","CZK","RUB"];async function o(){S(n,!0);try{e.onstarted(await Ne("open_demo",{}))}catch(q){S(i,et(q),!0)}finally{S(n,!1)}}async function l(q){q.preventDefault(),S(n,!0);try{e.onstarted(await Ne("create_company",{company:{...s}}))}catch(G){S(i,et(G),!0),S(r,qr(G),!0)}finally{S(n,!1)}}var u=Rf(),d=x(u),h=p(x(d),2),f=w(h,!0),g=p(h,2),v=w(g,!0),b=p(d,2),_=x(b),k=x(_),M=w(k,!0),T=p(k,2),L=w(T,!0),C=p(T,2),F=w(C,!0),z=p(_,2),R=x(z),E=w(R,!0),$=p(R,2),V=x($),ne=x(V),Q=p(ne);let oe;var H=p(V,2),Z=x(H),le=x(Z),xe=p(le);ge(xe,21,()=>a,Se,(q,G)=>{var te=ha(),W=w(te,!0),D={};P(()=>{m(W,c(G)),D!==(D=c(G))&&(te.__value=D)}),O(q,te)}),Et(xe);var ze=p(Z,2),Ce=x(ze),Pe=p(Ce);ge(Pe,20,()=>Array.from({length:12},(q,G)=>G+1),Se,(q,G)=>{var te=ha(),W=w(te,!0),D={};P(Y=>{m(W,Y),D!==(D=G)&&(te.value=(te.__value=D)??"")},[()=>Gi(un.lang,G)]),O(q,te)}),Et(Pe);var qe=p(ze,2),Xe=x(qe),Ke=p(Xe);ge(Ke,21,()=>oo,Se,(q,G)=>{var te=ha(),W=w(te,!0),D={};P(Y=>{m(W,Y),D!==(D=c(G))&&(te.value=(te.__value=D)??"")},[()=>y(`ui-language-${c(G)}`)]),O(q,te)}),Et(Ke);var Ue=p(H,2),Ye=w(Ue,!0),bt=p(Ue,2),Tt=w(bt,!0),ft=p(b,2);{var yt=q=>{var G=zf(),te=w(G,!0);P(()=>m(te,c(i))),O(q,G)};se(ft,q=>{c(i)&&q(yt)})}P((q,G,te,W,D,Y,ae,U,ee,de,ye,Me)=>{m(f,q),m(v,G),m(M,te),m(L,W),C.disabled=c(n),m(F,D),m(E,Y),m(ne,ae),oe=vt(Q,1,"",null,oe,{invalid:c(r)==="name"}),m(le,`${U??""} `),m(Ce,`${ee??""} `),m(Xe,`${de??""} `),m(Ye,ye),bt.disabled=c(n),m(Tt,Me)},[()=>y("ui-welcome-title"),()=>y("ui-welcome-intro"),()=>y("ui-welcome-demo"),()=>y("ui-welcome-demo-text"),()=>y("ui-welcome-demo"),()=>y("ui-welcome-start"),()=>y("ui-settings-company"),()=>y("ui-settings-currency"),()=>y("ui-settings-fiscal-start"),()=>y("ui-settings-language"),()=>y("ui-welcome-currency-note"),()=>y("ui-welcome-start")]),fe("click",C,o),on("submit",$,l),Ge(Q,()=>s.name,q=>s.name=q),At(xe,()=>s.currency,q=>s.currency=q),At(Pe,()=>s.fiscal_year_start_month,q=>s.fiscal_year_start_month=q),fe("change",Ke,()=>ja(s.language)),At(Ke,()=>s.language,q=>s.language=q),O(t,u),yn()}Kn(["click","change"]);const jf=["call","rfq","email","web_form","walk_in","trade_show","other"];function ls(t="call"){return{id:null,receivedAt:null,kind:t,company:"",contact:"",phone:"",email:"",sourceId:null,touchpoints:[],isLead:!0,notes:""}}function Nf(t){return{id:t.id,receivedAt:t.received_at,kind:t.kind,company:t.company??"",contact:t.contact??"",phone:t.phone??"",email:t.email??"",sourceId:t.source_id,touchpoints:t.touchpoints.map(e=>({sourceId:e.source_id,date:e.date})),isLead:t.is_lead,notes:t.notes??""}}function Bf(t){const e=t.replace(/\D/g,"");let n=e;return e.startsWith("00")?n=e.slice(2):t.trimStart().startsWith("+")?n=e:e.startsWith("0")&&(n=e.slice(1)),n.length>=4?n:null}function Vf(t,e){if(t===e)return!0;const[n,i]=t.length>e.length?[t,e]:[e,t],r=n.length-i.length;return i.length>=6&&r>=1&&r<=3&&n.endsWith(i)}function Wf(t,e){const n=Bf(t);if(!n)return null;for(const i of e)for(const r of i.tracking_numbers)if(Vf(r,n))return i;return null}function Go(t,e,n){return t==="0"?n:/^[1-9]$/.test(t)?e[Number(t)-1]?.id??null:null}function Hf(t,e){const n=t.trim().toLowerCase();return n?e.filter(r=>r.name.toLowerCase().includes(n)||r.channel.toLowerCase().includes(n)).sort((r,s)=>+!r.name.toLowerCase().startsWith(n)-+!s.name.toLowerCase().startsWith(n)||s.uses-r.uses):[]}function qf(t,e){return t.sourceId===null&&!e?"ui-log-need-source":null}function Kf(t){const e=n=>n.trim()===""?null:n.trim();return{id:t.id,received_at:t.receivedAt,kind:t.kind,company:e(t.company),contact:e(t.contact),phone:e(t.phone),email:e(t.email),source_id:t.sourceId,touchpoints:t.touchpoints.map(n=>({source_id:n.sourceId,date:n.date})),is_lead:t.isLead,notes:e(t.notes)}}var Uf=I('<span class="chosen svelte-1cjyiou" data-testid="chosen-source"> <small class="svelte-1cjyiou"> </small></span>'),Yf=I('<span class="chosen tagged svelte-1cjyiou"> </span>'),Zf=I('<li><button type="button" class="svelte-1cjyiou"> <small class="svelte-1cjyiou"> </small></button></li>'),Gf=I('<ul class="matches svelte-1cjyiou"></ul>'),Xf=I('<button type="button" tabindex="-1"><kbd></kbd> </button>'),Qf=I('<button type="button" tabindex="-1"><kbd>0</kbd> </button>'),Xo=I("<option> </option>"),Jf=I('<li><button type="button" class="svelte-1cjyiou"> </button></li>'),eg=I('<ul class="suggest svelte-1cjyiou"></ul>'),tg=I('<div class="row"><label> <select></select></label> <label> <input type="date"/></label> <button type="button" class="link"> </button></div>'),ng=I('<span class="muted"> </span> <button type="button"> </button>',1),ig=I('<p class="error" role="alert"> </p>'),rg=I('<p class="muted"> </p>'),sg=I('<tr><td> </td><td> </td><td> </td><td> </td><td> </td><td> </td><td class="num"><button class="link"> </button><button class="link danger"> </button></td></tr>'),ag=I("<table><thead><tr><th> </th><th> </th><th> </th><th> </th><th> </th><th> </th><th></th></tr></thead><tbody></tbody></table>"),og=I('<div class="toast" role="status"><span> </span> <button> <kbd>Ctrl Z</kbd></button> <button>✕</button></div>'),lg=I('<h1> </h1> <form class="panel log svelte-1cjyiou"><div><label for="source-filter" class="svelte-1cjyiou"> </label> <div class="picker svelte-1cjyiou"><!> <input id="source-filter" autocomplete="off" class="svelte-1cjyiou"/></div> <!> <div class="keys svelte-1cjyiou"><!> <!></div></div> <div class="grid svelte-1cjyiou"><label> <select class="svelte-1cjyiou"></select></label> <label class="company svelte-1cjyiou"> <input id="company" autocomplete="off" class="svelte-1cjyiou"/> <!></label> <label> <input autocomplete="off" class="svelte-1cjyiou"/></label> <label> <input id="phone" autocomplete="off"/></label> <label> <input type="email" autocomplete="off"/></label></div> <div class="touch svelte-1cjyiou"><!> <button type="button" class="link"> </button></div> <div class="foot svelte-1cjyiou"><label class="switch svelte-1cjyiou"><input type="checkbox"/> <kbd>Alt L</kbd></label> <span class="muted"> </span> <span class="spacer svelte-1cjyiou"></span> <!> <button class="primary" type="submit"> <kbd>Enter</kbd></button></div> <!></form> <section class="panel recent svelte-1cjyiou"><h2> </h2> <!></section> <!>',1);function ug(t,e){bn(e,!0);let n=K(xt([])),i=K(xt([])),r=K(xt([])),s=K(xt(ls())),a=K(""),o=K(xt([])),l=K(-1),u=K(""),d=K(null),h=K(null),f=K(void 0);const g=We(()=>c(n).find(A=>A.name==="Unknown")?.id??null),v=We(()=>c(s).sourceId===null?Wf(c(s).phone,c(n)):null),b=We(()=>c(n).find(A=>A.id===c(s).sourceId)??null),_=We(()=>Hf(c(a),c(n)).slice(0,8));async function k(){await(async A=>{var N=bd(A,3);S(n,N[0],!0),S(i,N[1],!0),S(r,N[2],!0)})(await Promise.all([Ne("catalog",{}).then(A=>A.sources),Ne("top_sources",{n:9}),Ne("recent_inquiries",{limit:8})]))}vc(async()=>{try{await k()}catch(A){S(u,et(A),!0)}c(f)?.focus()});function M(A){c(s).sourceId=A,S(a,"")}function T(A){if(c(a)===""&&!A.ctrlKey&&!A.altKey){const N=Go(A.key,c(i),c(g));if(N!==null){M(N),A.preventDefault();return}}A.key==="Enter"&&c(a)!==""&&c(_).length>0&&(M(c(_)[0].id),A.preventDefault(),A.stopPropagation()),A.key==="Backspace"&&c(a)===""&&c(s).sourceId!==null&&(c(s).sourceId=null)}let L;function C(){clearTimeout(L),S(l,-1);const A=c(s).company;L=setTimeout(async()=>{S(o,A.trim().length>=2?await Ne("company_suggestions",{prefix:A,limit:6}).catch(()=>[]):[],!0)},120)}function F(A){c(o).length&&(A.key==="ArrowDown"?(S(l,(c(l)+1)%c(o).length),A.preventDefault()):A.key==="ArrowUp"?(S(l,(c(l)-1+c(o).length)%c(o).length),A.preventDefault()):A.key==="Enter"&&c(l)>=0?(c(s).company=c(o)[c(l)],S(o,[],!0),A.preventDefault(),A.stopPropagation()):A.key==="Escape"&&S(o,[],!0))}async function z(){S(u,""),S(d,null);const A=qf(c(s),c(v));if(A){S(u,y(A),!0),S(d,"source"),c(f)?.focus();return}try{const N=await Ne("log_inquiry",{input:Kf(c(s))});S(h,N,!0),S(s,ls(c(s).kind),!0),S(a,""),S(o,[],!0),await k(),await lc(),c(f)?.focus()}catch(N){S(u,et(N),!0),S(d,qr(N),!0)}}async function R(A){try{await Ne("delete_inquiry",{id:A}),c(h)?.id===A&&S(h,null),await k()}catch(N){S(u,et(N),!0)}}function E(A){S(s,Nf(A),!0),S(h,null),c(f)?.focus()}function $(A){if(A.key==="Enter"&&!A.shiftKey&&!(A.target instanceof HTMLTextAreaElement)&&!(A.target instanceof HTMLButtonElement))A.preventDefault(),z();else if(A.ctrlKey&&/^[0-9]$/.test(A.key)){const N=Go(A.key,c(i),c(g));N!==null&&(M(N),A.preventDefault())}else A.altKey&&A.key.toLowerCase()==="l"?(c(s).isLead=!c(s).isLead,A.preventDefault()):A.key==="Escape"&&c(s).id&&S(s,ls(c(s).kind),!0)}function V(A){const N=A.target instanceof HTMLInputElement||A.target instanceof HTMLTextAreaElement;A.ctrlKey&&A.key.toLowerCase()==="z"&&!N&&c(h)&&(A.preventDefault(),R(c(h).id))}function ne(){const A=c(i)[0]?.id??c(n)[0]?.id;A!==void 0&&(c(s).touchpoints=[...c(s).touchpoints,{sourceId:A,date:Ps()}])}var Q=lg();on("keydown",Cs,V);var oe=_t(Q),H=w(oe,!0),Z=p(oe,2),le=x(Z);let xe;var ze=x(le),Ce=w(ze,!0),Pe=p(ze,2),qe=x(Pe);{var Xe=A=>{var N=Uf(),re=x(N),he=p(re),ue=w(he,!0);P(()=>{m(re,`${c(b).name??""} `),m(ue,c(b).channel)}),O(A,N)},Ke=A=>{var N=Yf(),re=w(N,!0);P(he=>m(re,he),[()=>y("ui-log-tagged",{source:c(v).name})]),O(A,N)};se(qe,A=>{c(b)?A(Xe):c(v)&&A(Ke,1)})}var Ue=p(qe,2);mc(Ue,A=>S(f,A),()=>c(f));var Ye=p(Pe,2);{var bt=A=>{var N=Gf();ge(N,21,()=>c(_),Se,(re,he)=>{var ue=Zf(),ve=x(ue),_e=x(ve),Ve=p(_e),st=w(Ve,!0);P(()=>{m(_e,`${c(he).name??""} `),m(st,c(he).channel)}),fe("click",ve,()=>M(c(he).id)),O(re,ue)}),O(A,N)};se(Ye,A=>{c(_).length&&A(bt)})}var Tt=p(Ye,2),ft=x(Tt);ge(ft,17,()=>c(i),Se,(A,N,re)=>{var he=Xf();let ue;var ve=x(he);ve.textContent=re+1;var _e=p(ve);P(()=>{ue=vt(he,1,"svelte-1cjyiou",null,ue,{on:c(s).sourceId===c(N).id}),m(_e,` ${c(N).name??""}`)}),fe("click",he,()=>M(c(N).id)),O(A,he)});var yt=p(ft,2);{var q=A=>{var N=Qf();let re;var he=p(x(N));P(ue=>{re=vt(N,1,"svelte-1cjyiou",null,re,{on:c(s).sourceId===c(g)}),m(he,` ${ue??""}`)},[()=>y("ui-log-unknown")]),fe("click",N,()=>M(c(g))),O(A,N)};se(yt,A=>{c(g)!==null&&A(q)})}var G=p(le,2),te=x(G),W=x(te),D=p(W);ge(D,21,()=>jf,Se,(A,N)=>{var re=Xo(),he=w(re,!0),ue={};P(ve=>{m(he,ve),ue!==(ue=c(N))&&(re.value=(re.__value=ue)??"")},[()=>y(`ui-kind-${c(N)}`)]),O(A,re)}),Et(D);var Y=p(te,2),ae=x(Y),U=p(ae),ee=p(U,2);{var de=A=>{var N=eg();ge(N,21,()=>c(o),Se,(re,he,ue)=>{var ve=Jf();let _e;var Ve=x(ve),st=w(Ve,!0);P(()=>{_e=vt(ve,1,"svelte-1cjyiou",null,_e,{on:ue===c(l)}),m(st,c(he))}),fe("mousedown",Ve,()=>{c(s).company=c(he),S(o,[],!0)}),O(re,ve)}),O(A,N)};se(ee,A=>{c(o).length&&A(de)})}var ye=p(Y,2),Me=x(ye),$e=p(Me),pe=p(ye,2),tt=x(pe),Qe=p(tt);let ct;var nt=p(pe,2),wt=x(nt),Be=p(wt);let it;var we=p(G,2),Te=x(we);ge(Te,17,()=>c(s).touchpoints,Se,(A,N,re)=>{var he=tg(),ue=x(he),ve=x(ue),_e=p(ve);ge(_e,21,()=>c(n),Se,($t,Zt)=>{var Gt=Xo(),Un=w(Gt,!0),kn={};P(()=>{m(Un,c(Zt).name),kn!==(kn=c(Zt).id)&&(Gt.value=(Gt.__value=kn)??"")}),O($t,Gt)}),Et(_e);var Ve=p(ue,2),st=x(Ve),Lt=p(st),Vt=p(Ve,2),wn=w(Vt,!0);P(($t,Zt,Gt)=>{m(ve,`${$t??""} `),m(st,Zt),m(wn,Gt)},[()=>y("ui-log-touchpoint"),()=>y("ui-log-date"),()=>y("ui-remove")]),At(_e,()=>c(N).sourceId,$t=>c(N).sourceId=$t),Ge(Lt,()=>c(N).date,$t=>c(N).date=$t),fe("click",Vt,()=>c(s).touchpoints=c(s).touchpoints.filter(($t,Zt)=>Zt!==re)),O(A,he)});var Ee=p(Te,2),Re=w(Ee),Je=p(we,2),dt=x(Je),gt=x(dt),pt=p(gt),Oe=p(dt,2),Fe=w(Oe,!0),ie=p(Oe,4);{var X=A=>{var N=ng(),re=_t(N),he=w(re,!0),ue=p(re,2),ve=w(ue,!0);P((_e,Ve)=>{m(he,_e),m(ve,Ve)},[()=>y("ui-log-editing",{id:c(s).id}),()=>y("ui-cancel")]),fe("click",ue,()=>S(s,ls(c(s).kind),!0)),O(A,N)};se(ie,A=>{c(s).id&&A(X)})}var be=p(ie,2),B=x(be),j=p(Je,2);{var J=A=>{var N=ig(),re=w(N,!0);P(()=>m(re,c(u))),O(A,N)};se(j,A=>{c(u)&&A(J)})}var ce=p(Z,2),me=x(ce),je=w(me,!0),at=p(me,2);{var mt=A=>{var N=rg(),re=w(N,!0);P(he=>m(re,he),[()=>y("ui-log-none-yet")]),O(A,N)},Mt=A=>{var N=ag(),re=x(N),he=x(re),ue=x(he),ve=w(ue,!0),_e=p(ue),Ve=w(_e,!0),st=p(_e),Lt=w(st,!0),Vt=p(st),wn=w(Vt,!0),$t=p(Vt),Zt=w($t,!0),Gt=p($t),Un=w(Gt,!0),kn=p(re);ge(kn,21,()=>c(r),Ln=>Ln.id,(Ln,jt)=>{var Yn=sg(),Zn=x(Yn),dn=w(Zn,!0),ht=p(Zn),Gn=w(ht,!0),In=p(ht),$i=w(In,!0),Ur=p(In),Yr=w(Ur,!0),Zr=p(Ur),Gr=w(Zr,!0),Xr=p(Zr),Qr=w(Xr,!0),sr=p(Xr),ar=x(sr),Gs=w(ar,!0),Jr=p(ar),es=w(Jr,!0);P((Xs,Qs,Js,ea)=>{m(dn,Xs),m(Gn,Qs),m($i,c(jt).company??""),m(Yr,c(jt).contact??""),m(Gr,c(jt).source),m(Qr,c(jt).is_lead?"✓":"–"),m(Gs,Js),m(es,ea)},[()=>yc(un.lang,c(jt).received_at),()=>y(`ui-kind-${c(jt).kind}`),()=>y("ui-edit"),()=>y("ui-undo")]),fe("click",ar,()=>E(c(jt))),fe("click",Jr,()=>R(c(jt).id)),O(Ln,Yn)}),P((Ln,jt,Yn,Zn,dn,ht)=>{m(ve,Ln),m(Ve,jt),m(Lt,Yn),m(wn,Zn),m(Zt,dn),m(Un,ht)},[()=>y("ui-col-received"),()=>y("ui-log-kind"),()=>y("ui-log-company"),()=>y("ui-log-contact"),()=>y("ui-source"),()=>y("ui-col-lead")]),O(A,N)};se(at,A=>{c(r).length===0?A(mt):A(Mt,-1)})}var rt=p(ce,2);{var ot=A=>{var N=og(),re=x(N),he=w(re,!0),ue=p(re,2),ve=x(ue),_e=p(ue,2);P((Ve,st,Lt)=>{m(he,Ve),m(ve,`${st??""} `),an(_e,"aria-label",Lt)},[()=>y("ui-log-saved",{id:c(h).id,source:c(h).source}),()=>y("ui-undo"),()=>y("ui-close")]),fe("click",ue,()=>c(h)&&R(c(h).id)),fe("click",_e,()=>S(h,null)),O(A,N)};se(rt,A=>{c(h)&&A(ot)})}P((A,N,re,he,ue,ve,_e,Ve,st,Lt,Vt,wn,$t)=>{m(H,A),xe=vt(le,1,"source svelte-1cjyiou",null,xe,{invalid:c(d)==="source"}),m(Ce,N),an(Ue,"placeholder",re),m(W,`${he??""} `),m(ae,`${ue??""} `),m(Me,ve),m(tt,_e),ct=vt(Qe,1,"svelte-1cjyiou",null,ct,{invalid:c(d)==="phone"}),m(wt,Ve),it=vt(Be,1,"svelte-1cjyiou",null,it,{invalid:c(d)==="email"}),m(Re,`+ ${st??""}`),m(pt,` ${Lt??""} `),m(Fe,Vt),m(B,`${wn??""} `),m(je,$t)},[()=>y("ui-log-title"),()=>y("ui-log-source"),()=>c(b)?"":y("ui-log-source-hint"),()=>y("ui-log-kind"),()=>y("ui-log-company"),()=>y("ui-log-contact"),()=>y("ui-log-phone"),()=>y("ui-log-email"),()=>y("ui-log-add-touchpoint"),()=>y("ui-log-is-lead"),()=>c(s).isLead?"":y("ui-log-not-lead-hint"),()=>y("ui-save"),()=>y("ui-log-recent")]),fe("keydown",Z,$),on("submit",Z,A=>{A.preventDefault(),z()}),fe("keydown",Ue,T),Ge(Ue,()=>c(a),A=>S(a,A)),At(D,()=>c(s).kind,A=>c(s).kind=A),fe("input",U,C),fe("keydown",U,F),on("blur",U,()=>setTimeout(()=>S(o,[],!0),150)),Ge(U,()=>c(s).company,A=>c(s).company=A),Ge($e,()=>c(s).contact,A=>c(s).contact=A),Ge(Qe,()=>c(s).phone,A=>c(s).phone=A),Ge(Be,()=>c(s).email,A=>c(s).email=A),fe("click",Ee,ne),pc(gt,()=>c(s).isLead,A=>c(s).isLead=A),O(t,Q),yn()}Kn(["keydown","click","input","mousedown"]);var cg=I('<p class="error" role="alert"> </p>'),Qo=I('<small class="svelte-16vms7y"> </small>'),dg=I('<p class="muted"> </p>'),hg=I('<button class="link"> </button> <button class="link danger"> </button>',1),fg=I('<label class="grow svelte-16vms7y"> <input required=""/></label>'),gg=I('<tr><td colspan="6"><form class="row"><label> <input/></label> <!> <button class="primary" type="submit"> </button> <button type="button"> </button></form></td></tr>'),pg=I('<tr><td> </td><td> </td><td> </td><td><span> </span><!></td><td class="num"> </td><td class="num"><!></td></tr> <!>',1),mg=I('<table class="deals svelte-16vms7y"><thead><tr><th> </th><th> </th><th> </th><th> </th><th class="num"> </th><th></th></tr></thead><tbody></tbody></table>'),vg=I('<tr class="detail svelte-16vms7y"><td colspan="7" class="svelte-16vms7y"><!> <!> <form class="row"><label> <input type="date"/></label> <label> <input inputmode="decimal"/></label> <button type="submit"> </button></form></td></tr>'),_g=I('<tr><td> </td><td class="muted"> </td><td> </td><td> <!></td><td> </td><td> </td><td class="num"> </td></tr> <!>',1),bg=I('<section class="panel list svelte-16vms7y"><table><thead><tr><th class="svelte-16vms7y"><button class="link svelte-16vms7y"> </button></th><th> </th><th class="svelte-16vms7y"><button class="link svelte-16vms7y"> </button></th><th class="svelte-16vms7y"><button class="link svelte-16vms7y"> </button></th><th class="svelte-16vms7y"><button class="link svelte-16vms7y"> </button></th><th> </th><th class="num svelte-16vms7y"><button class="link svelte-16vms7y"> </button></th></tr></thead><tbody></tbody></table> <div class="row pager svelte-16vms7y"><span class="muted"> </span> <button>‹</button> <button>›</button></div></section>'),yg=I('<div class="head svelte-16vms7y"><h1> </h1> <input class="search svelte-16vms7y" type="search"/></div> <!> <!>',1);function wg(t,e){bn(e,!0);let n=K(""),i=K("received_at"),r=K(!1),s=K(null),a=K(0),o=K(null),l=K(""),u=K(xt({amount:"",quoted_at:Ps()})),d=K(null);const h=We(()=>un.lang),f=We(()=>e.status.currency),g=50;async function v(){try{S(s,await Ne("search_inquiries",{query:{text:c(n)||null,from:null,to:null,sort:c(i),ascending:c(r),offset:c(a),limit:g}}),!0),S(l,"")}catch(Q){S(l,et(Q),!0)}}let b;Vr(()=>{c(n),c(i),c(r),c(a),clearTimeout(b),b=setTimeout(v,150)});function _(Q){c(i)===Q?S(r,!c(r)):(S(i,Q,!0),S(r,Q!=="received_at"&&Q!=="deal_value",!0)),S(a,0)}const k=Q=>c(i)===Q?c(r)?" ▲":" ▼":"";async function M(Q){const oe=Pr(c(u).amount,c(h));if(oe===null||!c(u).amount.trim()){S(l,y("ui-spend-bad-amount",{text:c(u).amount}),!0);return}try{await Ne("save_deal",{deal:{id:null,inquiry_id:Q.id,company:Q.company??Q.contact??Q.id,quoted_at:c(u).quoted_at,closed_at:null,status:"open",amount:oe,lost_reason:null}}),S(u,{amount:"",quoted_at:Ps()},!0),await v()}catch(H){S(l,et(H),!0)}}async function T(){if(!c(d))return;const Q=c(d).amount.trim()?Pr(c(d).amount,c(h)):null;try{await Ne("close_deal",{close:{id:c(d).id,won:c(d).won,amount:Q,reason:c(d).reason||null,closed_at:null}}),S(d,null),await v()}catch(oe){S(l,et(oe),!0)}}var L=yg(),C=_t(L),F=x(C),z=w(F,!0),R=p(F,2),E=p(C,2);{var $=Q=>{var oe=cg(),H=w(oe,!0);P(()=>m(H,c(l))),O(Q,oe)};se(E,Q=>{c(l)&&Q($)})}var V=p(E,2);{var ne=Q=>{var oe=bg(),H=x(oe),Z=x(H),le=x(Z),xe=x(le),ze=x(xe),Ce=w(ze),Pe=p(xe),qe=w(Pe,!0),Xe=p(Pe),Ke=x(Xe),Ue=w(Ke),Ye=p(Xe),bt=x(Ye),Tt=w(bt),ft=p(Ye),yt=x(ft),q=w(yt),G=p(ft),te=w(G,!0),W=p(G),D=x(W),Y=w(D),ae=p(Z);ge(ae,21,()=>c(s).rows,$e=>$e.id,($e,pe)=>{var tt=_g(),Qe=_t(tt);let ct;var nt=x(Qe),wt=w(nt,!0),Be=p(nt),it=w(Be,!0),we=p(Be),Te=w(we,!0),Ee=p(we),Re=x(Ee),Je=p(Re);{var dt=j=>{var J=Qo(),ce=w(J);P(()=>m(ce,`· ${c(pe).contact??""}`)),O(j,J)};se(Je,j=>{c(pe).contact&&j(dt)})}var gt=p(Ee),pt=w(gt,!0),Oe=p(gt),Fe=w(Oe,!0),ie=p(Oe),X=w(ie,!0),be=p(Qe,2);{var B=j=>{var J=vg(),ce=x(J),me=x(ce);{var je=_e=>{var Ve=dg(),st=w(Ve);P((Lt,Vt)=>m(st,`${Lt??""}: ${Vt??""}`),[()=>y("ui-log-touchpoint"),()=>c(pe).touchpoints.map(Lt=>`${Lt.source} (${Mi(c(h),Lt.date)})`).join(", ")]),O(_e,Ve)};se(me,_e=>{c(pe).touchpoints.length&&_e(je)})}var at=p(me,2);{var mt=_e=>{var Ve=mg(),st=x(Ve),Lt=x(st),Vt=x(Lt),wn=w(Vt,!0),$t=p(Vt),Zt=w($t,!0),Gt=p($t),Un=w(Gt,!0),kn=p(Gt),Ln=w(kn,!0),jt=p(kn),Yn=w(jt,!0),Zn=p(st);ge(Zn,21,()=>c(pe).deals,dn=>dn.id,(dn,ht)=>{var Gn=pg(),In=_t(Gn),$i=x(In),Ur=w($i,!0),Yr=p($i),Zr=w(Yr,!0),Gr=p(Yr),Xr=w(Gr,!0),Qr=p(Gr),sr=x(Qr),ar=w(sr,!0),Gs=p(sr);{var Jr=Xt=>{var xn=Qo(),zn=w(xn,!0);P(()=>m(zn,c(ht).lost_reason)),O(Xt,xn)};se(Gs,Xt=>{c(ht).lost_reason&&Xt(Jr)})}var es=p(Qr),Xs=w(es,!0),Qs=p(es),Js=x(Qs);{var ea=Xt=>{var xn=hg(),zn=_t(xn),Pi=w(zn,!0),or=p(zn,2),ts=w(or,!0);P((ns,is)=>{m(Pi,ns),m(ts,is)},[()=>y("ui-deal-mark-won"),()=>y("ui-deal-mark-lost")]),fe("click",zn,()=>S(d,{id:c(ht).id,won:!0,amount:"",reason:""},!0)),fe("click",or,()=>S(d,{id:c(ht).id,won:!1,amount:"",reason:""},!0)),O(Xt,xn)};se(Js,Xt=>{c(ht).status==="open"&&Xt(ea)})}var ld=p(In,2);{var ud=Xt=>{var xn=gg(),zn=x(xn),Pi=x(zn),or=x(Pi),ts=x(or),ns=p(ts),is=p(or,2);{var cd=Rn=>{var rs=fg(),ss=x(rs),ta=p(ss);P(na=>m(ss,na),[()=>y("ui-deal-reason")]),Ge(ta,()=>c(d).reason,na=>c(d).reason=na),O(Rn,rs)};se(is,Rn=>{c(d).won||Rn(cd)})}var So=p(is,2),dd=w(So,!0),Mo=p(So,2),hd=w(Mo,!0);P((Rn,rs,ss,ta)=>{m(ts,Rn),an(ns,"placeholder",rs),m(dd,ss),m(hd,ta)},[()=>y("ui-deal-final-amount"),()=>Nt(c(h),c(ht).amount,c(f),2),()=>c(d).won?y("ui-deal-mark-won"):y("ui-deal-mark-lost"),()=>y("ui-cancel")]),on("submit",Pi,Rn=>{Rn.preventDefault(),T()}),Ge(ns,()=>c(d).amount,Rn=>c(d).amount=Rn),fe("click",Mo,()=>S(d,null)),O(Xt,xn)};se(ld,Xt=>{c(d)&&c(d).id===c(ht).id&&Xt(ud)})}P((Xt,xn,zn,Pi)=>{m(Ur,c(ht).id),m(Zr,Xt),m(Xr,xn),vt(sr,1,`chip ${c(ht).status==="lost"?"below":c(ht).status==="won"?"above":""}`),m(ar,zn),m(Xs,Pi)},[()=>Mi(c(h),c(ht).quoted_at),()=>Mi(c(h),c(ht).closed_at),()=>y(`ui-deal-${c(ht).status}`),()=>Nt(c(h),c(ht).amount,c(f),2)]),O(dn,Gn)}),P((dn,ht,Gn,In,$i)=>{m(wn,dn),m(Zt,ht),m(Un,Gn),m(Ln,In),m(Yn,$i)},[()=>y("ui-col-deal"),()=>y("ui-col-quoted"),()=>y("ui-col-closed"),()=>y("ui-col-status"),()=>y("ui-amount")]),O(_e,Ve)};se(at,_e=>{c(pe).deals.length&&_e(mt)})}var Mt=p(at,2),rt=x(Mt),ot=x(rt),A=p(ot),N=p(rt,2),re=x(N),he=p(re),ue=p(N,2),ve=w(ue,!0);P((_e,Ve,st)=>{m(ot,_e),m(re,Ve),m(ve,st)},[()=>y("ui-col-quoted"),()=>y("ui-amount"),()=>y("ui-deal-add-quote")]),on("submit",Mt,_e=>{_e.preventDefault(),M(c(pe))}),Ge(A,()=>c(u).quoted_at,_e=>c(u).quoted_at=_e),Ge(he,()=>c(u).amount,_e=>c(u).amount=_e),O(j,J)};se(be,j=>{c(o)===c(pe).id&&j(B)})}P((j,J,ce)=>{ct=vt(Qe,1,"main svelte-16vms7y",null,ct,{open:c(o)===c(pe).id}),m(wt,j),m(it,c(pe).id),m(Te,J),m(Re,c(pe).company??""),m(pt,c(pe).source),m(Fe,c(pe).is_lead?"✓":"–"),m(X,ce)},[()=>yc(c(h),c(pe).received_at),()=>y(`ui-kind-${c(pe).kind}`),()=>c(pe).deals.length?Nt(c(h),c(pe).deals.reduce((j,J)=>j+Number(J.amount),0).toFixed(2),c(f)):""]),fe("click",Qe,()=>S(o,c(o)===c(pe).id?null:c(pe).id,!0)),O($e,tt)});var U=p(H,2),ee=x(U),de=w(ee,!0),ye=p(ee,2),Me=p(ye,2);P(($e,pe,tt,Qe,ct,nt,wt,Be,it,we,Te,Ee,Re)=>{m(Ce,`${$e??""}${pe??""}`),m(qe,tt),m(Ue,`${Qe??""}${ct??""}`),m(Tt,`${nt??""}${wt??""}`),m(q,`${Be??""}${it??""}`),m(te,we),m(Y,`${Te??""}${Ee??""}`),m(de,Re),ye.disabled=c(a)===0,Me.disabled=c(a)+g>=c(s).total},[()=>y("ui-col-received"),()=>k("received_at"),()=>y("ui-col-id"),()=>y("ui-log-kind"),()=>k("kind"),()=>y("ui-log-company"),()=>k("company"),()=>y("ui-log-source"),()=>k("source"),()=>y("ui-col-lead"),()=>y("ui-col-deals"),()=>k("deal_value"),()=>y("ui-showing",{from:String(c(s).total?c(a)+1:0),to:String(Math.min(c(a)+g,c(s).total)),total:String(c(s).total)})]),fe("click",ze,()=>_("received_at")),fe("click",Ke,()=>_("kind")),fe("click",bt,()=>_("company")),fe("click",yt,()=>_("source")),fe("click",D,()=>_("deal_value")),fe("click",ye,()=>S(a,Math.max(0,c(a)-g),!0)),fe("click",Me,()=>S(a,c(a)+g)),O(Q,oe)};se(V,Q=>{c(s)&&Q(ne)})}P((Q,oe)=>{m(z,Q),an(R,"placeholder",oe)},[()=>y("ui-nav-inquiries"),()=>y("ui-search")]),fe("input",R,()=>S(a,0)),Ge(R,()=>c(n),Q=>S(n,Q)),O(t,L),yn()}Kn(["input","click"]);var kg=I('<p class="error" role="alert"> </p>'),Jo=I('<th class="num svelte-761sh9"> </th>'),xg=I('<td class="cell svelte-761sh9"><input inputmode="decimal" class="svelte-761sh9"/></td>'),Sg=I('<tr><td class="name svelte-761sh9"> <small class="svelte-761sh9"> </small></td><!><td class="num svelte-761sh9"> </td></tr>'),fa=I("<option> </option>"),Mg=I('<tr><td> </td><td> </td><td> </td><td> </td><td class="num"> </td><td class="num"><button class="link danger"> </button></td></tr>'),Eg=I('<table><thead><tr><th> </th><th> </th><th> </th><th> </th><th class="num"> </th><th></th></tr></thead><tbody></tbody></table>'),Ag=I('<p class="muted"> </p>'),Dg=I('<section class="panel sheet svelte-761sh9"><table><thead class="svelte-761sh9"><tr><th class="svelte-761sh9"> </th><!><th class="num svelte-761sh9"> </th></tr></thead><tbody></tbody><tfoot class="svelte-761sh9"><tr><th class="svelte-761sh9"> </th><!><th class="num svelte-761sh9"> </th></tr></tfoot></table></section> <section class="panel general svelte-761sh9"><h2> </h2> <p class="muted"> </p> <form class="row svelte-761sh9"><label> <input type="date"/></label> <label> <input inputmode="decimal" style="width: 120px"/></label> <label> <select></select></label> <label> <select></select></label> <label> <select></select></label> <label class="grow svelte-761sh9"> <input/></label> <button class="primary" type="submit"> </button></form> <!></section>',1),Tg=I('<div class="head svelte-761sh9"><h1> </h1> <div class="row"><button>‹</button> <strong class="year svelte-761sh9"> </strong> <button>›</button></div></div> <!> <!>',1);function Og(t,e){bn(e,!0);let n=K(xt(Number(di(()=>e.status.today).slice(0,4)))),i=K(null),r=K(""),s=K(null),a=K(xt({}));const o=We(()=>un.lang),l=We(()=>e.status.currency),u=["labor","software","overhead","advertising","distribution","events","other"];let d=K(xt({date:Ps(),amount:"",category:"labor",direction:"shared",note:"",months:1}));async function h(){try{S(i,await Ne("spend_grid",{year:c(n)}),!0),S(r,""),S(a,{},!0)}catch(H){S(r,et(H),!0)}}Vr(()=>{c(n),h()});const f=(H,Z)=>`${H}:${Z}`,g=(H,Z,le)=>c(a)[f(H,Z)]??(Number(le)===0?"":new Intl.NumberFormat(qs(c(o)),{minimumFractionDigits:2,maximumFractionDigits:2}).format(le));async function v(H,Z,le){const xe=f(Z,le),ze=c(a)[xe];if(ze===void 0)return;const Ce=Pr(ze,c(o));if(Ce===null){S(r,y("ui-spend-bad-amount",{text:ze}),!0);return}try{await Ne("save_spend_cell",{cell:{source_id:H,year:c(n),month:le+1,amount:Ce}});const Pe=await Ne("spend_grid",{year:c(n)});delete c(a)[xe],S(i,Pe,!0),S(r,"")}catch(Pe){S(r,et(Pe),!0)}}function b(H,Z,le){if(H.key==="Enter"){H.preventDefault();const xe=document.querySelector(`[data-cell="${Z+(H.shiftKey?-1:1)}:${le}"]`);H.target.blur(),xe?.focus(),xe?.select()}else H.key==="Escape"&&(delete c(a)[f(Z,le)],H.target.blur())}async function _(H){H.preventDefault();const Z=Pr(c(d).amount,c(o));if(Z===null||c(d).amount.trim()===""){S(s,"amount"),S(r,y("ui-spend-bad-amount",{text:c(d).amount}),!0);return}try{await Ne("add_general_spend",{spend:{date:c(d).date,amount:Z,category:c(d).category,direction:c(d).direction,note:c(d).note||null,months:Number(c(d).months)}}),S(d,{...c(d),amount:"",note:"",months:1},!0),S(s,null),await h()}catch(le){S(r,et(le),!0),S(s,qr(le),!0)}}async function k(H){try{await Ne("delete_spend",{id:H}),await h()}catch(Z){S(r,et(Z),!0)}}var M=Tg(),T=_t(M),L=x(T),C=w(L,!0),F=p(L,2),z=x(F),R=p(z,2),E=w(R,!0),$=p(R,2),V=p(T,2);{var ne=H=>{var Z=kg(),le=w(Z,!0);P(()=>m(le,c(r))),O(H,Z)};se(V,H=>{c(r)&&H(ne)})}var Q=p(V,2);{var oe=H=>{var Z=Dg(),le=_t(Z),xe=x(le),ze=x(xe),Ce=x(ze),Pe=x(Ce),qe=w(Pe,!0),Xe=p(Pe);ge(Xe,16,()=>Array.from({length:12},(B,j)=>j+1),Se,(B,j)=>{var J=Jo(),ce=w(J,!0);P(me=>m(ce,me),[()=>Gi(c(o),j)]),O(B,J)});var Ke=p(Xe),Ue=w(Ke,!0),Ye=p(ze);ge(Ye,23,()=>c(i).rows,B=>B.source_id,(B,j,J)=>{var ce=Sg(),me=x(ce),je=x(me),at=p(je),mt=w(at,!0),Mt=p(me);ge(Mt,17,()=>c(j).months,Se,(A,N,re)=>{var he=xg(),ue=x(he);P(ve=>{an(ue,"data-cell",`${c(J)??""}:${re}`),an(ue,"data-source",c(j).source),fc(ue,ve)},[()=>g(c(J),re,c(N))]),fe("input",ue,ve=>c(a)[f(c(J),re)]=ve.target.value),fe("keydown",ue,ve=>b(ve,c(J),re)),on("blur",ue,()=>v(c(j).source_id,c(J),re)),O(A,he)});var rt=p(Mt),ot=w(rt,!0);P(A=>{an(me,"title",c(j).channel),m(je,c(j).source),m(mt,c(j).channel),m(ot,A)},[()=>Nt(c(o),c(j).total,c(l))]),O(B,ce)});var bt=p(Ye),Tt=x(bt),ft=x(Tt),yt=w(ft,!0),q=p(ft);ge(q,17,()=>c(i).month_totals,Se,(B,j)=>{var J=Jo(),ce=w(J,!0);P(me=>m(ce,me),[()=>Nt(c(o),c(j),c(l))]),O(B,J)});var G=p(q),te=w(G,!0),W=p(le,2),D=x(W),Y=w(D,!0),ae=p(D,2),U=w(ae,!0),ee=p(ae,2),de=x(ee),ye=x(de),Me=p(ye);let $e;var pe=p(de,2),tt=x(pe),Qe=p(tt);let ct;var nt=p(pe,2),wt=x(nt),Be=p(wt);ge(Be,21,()=>u,Se,(B,j)=>{var J=fa(),ce=w(J,!0),me={};P(je=>{m(ce,je),me!==(me=c(j))&&(J.value=(J.__value=me)??"")},[()=>y(`ui-category-${c(j)}`)]),O(B,J)}),Et(Be);var it=p(nt,2),we=x(it),Te=p(we);ge(Te,20,()=>["shared","inbound","outbound"],Se,(B,j)=>{var J=fa(),ce=w(J,!0),me={};P(je=>{m(ce,je),me!==(me=j)&&(J.value=(J.__value=me)??"")},[()=>y(`ui-direction-${j}`)]),O(B,J)}),Et(Te);var Ee=p(it,2),Re=x(Ee),Je=p(Re);ge(Je,20,()=>[1,3,6,12],Se,(B,j)=>{var J=fa(),ce=w(J,!0),me={};P(je=>{m(ce,je),me!==(me=j)&&(J.value=(J.__value=me)??"")},[()=>y("ui-spread-months",{count:j})]),O(B,J)}),Et(Je);var dt=p(Ee,2),gt=x(dt),pt=p(gt),Oe=p(dt,2),Fe=w(Oe,!0),ie=p(ee,2);{var X=B=>{var j=Eg(),J=x(j),ce=x(J),me=x(ce),je=w(me,!0),at=p(me),mt=w(at,!0),Mt=p(at),rt=w(Mt,!0),ot=p(Mt),A=w(ot,!0),N=p(ot),re=w(N,!0),he=p(J);ge(he,21,()=>c(i).general,ue=>ue.id,(ue,ve)=>{var _e=Mg(),Ve=x(_e),st=w(Ve,!0),Lt=p(Ve),Vt=w(Lt,!0),wn=p(Lt),$t=w(wn,!0),Zt=p(wn),Gt=w(Zt,!0),Un=p(Zt),kn=w(Un,!0),Ln=p(Un),jt=x(Ln),Yn=w(jt,!0);P((Zn,dn,ht,Gn,In)=>{m(st,Zn),m(Vt,dn),m($t,ht),m(Gt,c(ve).note??""),m(kn,Gn),m(Yn,In)},[()=>Mi(c(o),c(ve).date),()=>y(`ui-category-${c(ve).category}`),()=>y(`ui-direction-${c(ve).direction}`),()=>Nt(c(o),c(ve).amount,c(l),2),()=>y("ui-remove")]),fe("click",jt,()=>k(c(ve).id)),O(ue,_e)}),P((ue,ve,_e,Ve,st)=>{m(je,ue),m(mt,ve),m(rt,_e),m(A,Ve),m(re,st)},[()=>y("ui-date"),()=>y("ui-category"),()=>y("ui-direction"),()=>y("ui-note"),()=>y("ui-amount")]),O(B,j)},be=B=>{var j=Ag(),J=w(j,!0);P(ce=>m(J,ce),[()=>y("ui-spend-no-general")]),O(B,j)};se(ie,B=>{c(i).general.length?B(X):B(be,-1)})}P((B,j,J,ce,me,je,at,mt,Mt,rt,ot,A,N)=>{m(qe,B),m(Ue,j),m(yt,J),m(te,ce),m(Y,me),m(U,je),m(ye,at),$e=vt(Me,1,"",null,$e,{invalid:c(s)==="date"}),m(tt,mt),ct=vt(Qe,1,"",null,ct,{invalid:c(s)==="amount"}),m(wt,Mt),m(we,rt),m(Re,ot),m(gt,A),m(Fe,N)},[()=>y("ui-source"),()=>y("ui-total"),()=>y("ui-spend-all"),()=>Nt(c(o),c(i).total,c(l)),()=>y("ui-spend-general"),()=>y("ui-spend-general-hint"),()=>y("ui-date"),()=>y("ui-amount"),()=>y("ui-category"),()=>y("ui-direction"),()=>y("ui-spread"),()=>y("ui-note"),()=>y("ui-add")]),on("submit",ee,_),Ge(Me,()=>c(d).date,B=>c(d).date=B),Ge(Qe,()=>c(d).amount,B=>c(d).amount=B),At(Be,()=>c(d).category,B=>c(d).category=B),At(Te,()=>c(d).direction,B=>c(d).direction=B),At(Je,()=>c(d).months,B=>c(d).months=B),Ge(pt,()=>c(d).note,B=>c(d).note=B),O(H,Z)};se(Q,H=>{c(i)&&H(oe)})}P((H,Z,le)=>{m(C,H),an(z,"aria-label",Z),m(E,c(n)),an($,"aria-label",le)},[()=>y("ui-nav-spend"),()=>y("ui-previous"),()=>y("ui-next")]),fe("click",z,()=>Oo(n,-1)),fe("click",$,()=>Oo(n)),O(t,M),yn()}Kn(["click","input","keydown"]);var Cg=I('<p class="error" role="alert"> </p>'),$g=I('<button class="link danger"> </button>'),Pg=I('<li class="svelte-2wjwhf"><button class="link"> </button> <span class="muted svelte-2wjwhf"> </span></li>'),Lg=I('<div class="channel svelte-2wjwhf"><h2 class="svelte-2wjwhf"> <span class="chip"> </span> <!></h2> <ul class="svelte-2wjwhf"></ul></div>'),Ig=I('<!> <form class="row"><label> <input required=""/></label> <label> <select><option> </option><option> </option></select></label> <button type="submit"> </button></form>',1),zg=I("<option></option>"),Rg=I('<button type="button" class="danger"> </button>'),Fg=I('<form class="panel edit svelte-2wjwhf"><h2> </h2> <label> <input required=""/></label> <label> <input list="channels"/> <datalist id="channels"></datalist></label> <label> <input placeholder="+49 711 555 0120"/></label> <div class="row svelte-2wjwhf"><label class="svelte-2wjwhf">utm_source<input/></label> <label class="svelte-2wjwhf">utm_medium<input/></label> <label class="svelte-2wjwhf">utm_campaign<input/></label></div> <div class="row"><button class="primary" type="submit"> </button> <button type="button"> </button> <!></div></form>'),el=I("<option> </option>"),jg=I('<p> </p> <button class="primary"> </button>',1),Ng=I('<div class="head svelte-2wjwhf"><h1> </h1> <button class="primary"> </button></div> <!> <div class="layout svelte-2wjwhf"><section class="panel list"><!></section> <aside class="svelte-2wjwhf"><!> <section class="panel merge svelte-2wjwhf"><h2> </h2> <p class="muted"> </p> <label> <select><option></option><!></select></label> <label> <select><option></option><!></select></label> <!></section></aside></div>',1);function Bg(t,e){bn(e,!0);let n=K(null),i=K(null),r=K(""),s=K(""),a=K(null),o=K(null),l=K(null),u=K(xt({name:"",direction:"inbound"}));async function d(){try{S(n,await Ne("catalog",{}),!0)}catch(W){S(s,et(W),!0)}}d();function h(W){S(s,""),S(a,null),S(i,W?{id:W.id,name:W.name,channel:W.channel,direction:null,tracking_numbers:W.tracking_numbers,utm_source:W.utm_source,utm_medium:W.utm_medium,utm_campaign:W.utm_campaign}:{id:null,name:"",channel:c(n)?.channels[0]?.name??"",direction:null,tracking_numbers:[],utm_source:null,utm_medium:null,utm_campaign:null},!0),S(r,c(i).tracking_numbers.join(", "),!0)}async function f(W){if(W.preventDefault(),!!c(i))try{await Ne("save_source",{source:{...c(i),tracking_numbers:c(r).split(/[,;\n]/).map(D=>D.trim()).filter(Boolean)}}),S(i,null),await d()}catch(D){S(s,et(D),!0),S(a,qr(D),!0)}}async function g(W){try{await Ne("delete_source",{id:W}),S(i,null),await d()}catch(D){S(s,et(D),!0)}}async function v(){if(!(c(o)===null||c(l)===null))try{S(n,await Ne("merge_sources",{from:c(o),into:c(l)}),!0),S(o,S(l,null),!0),S(s,"")}catch(W){S(s,et(W),!0)}}async function b(W){W.preventDefault();try{S(n,await Ne("save_channel",{channel:{id:null,...c(u)}}),!0),S(u,{name:"",direction:"inbound"},!0)}catch(D){S(s,et(D),!0)}}async function _(W){try{S(n,await Ne("delete_channel",{id:W}),!0)}catch(D){S(s,et(D),!0)}}const k=W=>c(n)?.sources.find(D=>D.id===W)?.name??"";var M=Ng(),T=_t(M),L=x(T),C=w(L,!0),F=p(L,2),z=w(F),R=p(T,2);{var E=W=>{var D=Cg(),Y=w(D,!0);P(()=>m(Y,c(s))),O(W,D)};se(R,W=>{c(s)&&W(E)})}var $=p(R,2),V=x($),ne=x(V);{var Q=W=>{var D=Ig(),Y=_t(D);ge(Y,17,()=>c(n).channels,Be=>Be.id,(Be,it)=>{var we=Lg(),Te=x(we),Ee=x(Te),Re=p(Ee),Je=w(Re,!0),dt=p(Re,2);{var gt=Oe=>{var Fe=$g(),ie=w(Fe,!0);P(X=>m(ie,X),[()=>y("ui-remove")]),fe("click",Fe,()=>_(c(it).id)),O(Oe,Fe)};se(dt,Oe=>{c(it).sources===0&&Oe(gt)})}var pt=p(Te,2);ge(pt,21,()=>c(n).sources.filter(Oe=>Oe.channel_id===c(it).id),Oe=>Oe.id,(Oe,Fe)=>{var ie=Pg(),X=x(ie),be=w(X,!0),B=p(X,2),j=w(B);P((J,ce)=>{m(be,c(Fe).name),m(j,`${J??""}${ce??""}${c(Fe).utm_source?` · utm ${c(Fe).utm_source}`:""}`)},[()=>y("ui-sources-uses",{count:c(Fe).uses}),()=>c(Fe).tracking_numbers.length?` · ☎ ${c(Fe).tracking_numbers.join(", ")}`:""]),fe("click",X,()=>h(c(Fe))),O(Oe,ie)}),P(Oe=>{m(Ee,`${c(it).name??""} `),m(Je,Oe)},[()=>y(`ui-direction-${c(it).direction}`)]),O(Be,we)});var ae=p(Y,2),U=x(ae),ee=x(U),de=p(ee),ye=p(U,2),Me=x(ye),$e=p(Me),pe=x($e),tt=w(pe,!0);pe.value=pe.__value="inbound";var Qe=p(pe),ct=w(Qe,!0);Qe.value=Qe.__value="outbound",Et($e);var nt=p(ye,2),wt=w(nt,!0);P((Be,it,we,Te,Ee)=>{m(ee,Be),m(Me,it),m(tt,we),m(ct,Te),m(wt,Ee)},[()=>y("ui-sources-new-channel"),()=>y("ui-direction"),()=>y("ui-direction-inbound"),()=>y("ui-direction-outbound"),()=>y("ui-add")]),on("submit",ae,b),Ge(de,()=>c(u).name,Be=>c(u).name=Be),At($e,()=>c(u).direction,Be=>c(u).direction=Be),O(W,D)};se(ne,W=>{c(n)&&W(Q)})}var oe=p(V,2),H=x(oe);{var Z=W=>{var D=Fg(),Y=x(D),ae=w(Y,!0),U=p(Y,2),ee=x(U),de=p(ee);let ye;var Me=p(U,2),$e=x(Me),pe=p($e);let tt;var Qe=p(pe,2);ge(Qe,21,()=>c(n)?.channels??[],Se,(B,j)=>{var J=zg(),ce={};P(()=>{ce!==(ce=c(j).name)&&(J.value=(J.__value=ce)??"")}),O(B,J)});var ct=p(Me,2),nt=x(ct),wt=p(nt);let Be;var it=p(ct,2),we=x(it),Te=p(x(we)),Ee=p(we,2),Re=p(x(Ee)),Je=p(Ee,2),dt=p(x(Je)),gt=p(it,2),pt=x(gt),Oe=w(pt,!0),Fe=p(pt,2),ie=w(Fe,!0),X=p(Fe,2);{var be=B=>{var j=Rg(),J=w(j,!0);P(ce=>m(J,ce),[()=>y("ui-remove")]),fe("click",j,()=>c(i)?.id!=null&&g(c(i).id)),O(B,j)};se(X,B=>{c(i).id!==null&&B(be)})}P((B,j,J,ce,me,je)=>{m(ae,B),m(ee,j),ye=vt(de,1,"",null,ye,{invalid:c(a)==="name"||c(a)==="source"}),m($e,`${J??""} `),tt=vt(pe,1,"",null,tt,{invalid:c(a)==="channel"||c(a)==="direction"}),m(nt,ce),Be=vt(wt,1,"",null,Be,{invalid:c(a)==="tracking_numbers"}),m(Oe,me),m(ie,je)},[()=>c(i).id===null?y("ui-sources-add"):y("ui-sources-edit"),()=>y("ui-sources-name"),()=>y("ui-channel"),()=>y("ui-sources-numbers"),()=>y("ui-save"),()=>y("ui-cancel")]),on("submit",D,f),Ge(de,()=>c(i).name,B=>c(i).name=B),Ge(pe,()=>c(i).channel,B=>c(i).channel=B),Ge(wt,()=>c(r),B=>S(r,B)),Ge(Te,()=>c(i).utm_source,B=>c(i).utm_source=B),Ge(Re,()=>c(i).utm_medium,B=>c(i).utm_medium=B),Ge(dt,()=>c(i).utm_campaign,B=>c(i).utm_campaign=B),fe("click",Fe,()=>S(i,null)),O(W,D)};se(H,W=>{c(i)&&W(Z)})}var le=p(H,2),xe=x(le),ze=w(xe,!0),Ce=p(xe,2),Pe=w(Ce,!0),qe=p(Ce,2),Xe=x(qe),Ke=p(Xe),Ue=x(Ke);Ue.value=(Ue.__value=null)??"";var Ye=p(Ue);ge(Ye,17,()=>c(n)?.sources??[],Se,(W,D)=>{var Y=el(),ae=w(Y,!0),U={};P(()=>{m(ae,c(D).name),U!==(U=c(D).id)&&(Y.value=(Y.__value=U)??"")}),O(W,Y)}),Et(Ke);var bt=p(qe,2),Tt=x(bt),ft=p(Tt),yt=x(ft);yt.value=(yt.__value=null)??"";var q=p(yt);ge(q,17,()=>c(n)?.sources??[],Se,(W,D)=>{var Y=el(),ae=w(Y,!0),U={};P(()=>{m(ae,c(D).name),U!==(U=c(D).id)&&(Y.value=(Y.__value=U)??"")}),O(W,Y)}),Et(ft);var G=p(bt,2);{var te=W=>{var D=jg(),Y=_t(D),ae=w(Y,!0),U=p(Y,2),ee=w(U,!0);P((de,ye)=>{m(ae,de),m(ee,ye)},[()=>y("ui-sources-merge-confirm",{from:k(c(o)),into:k(c(l))}),()=>y("ui-sources-merge")]),fe("click",U,v),O(W,D)};se(G,W=>{c(o)!==null&&c(l)!==null&&c(o)!==c(l)&&W(te)})}P((W,D,Y,ae,U,ee)=>{m(C,W),m(z,`+ ${D??""}`),m(ze,Y),m(Pe,ae),m(Xe,U),m(Tt,ee)},[()=>y("ui-nav-sources"),()=>y("ui-sources-add"),()=>y("ui-sources-merge"),()=>y("ui-sources-merge-hint"),()=>y("ui-sources-merge-from"),()=>y("ui-sources-merge-into")]),fe("click",F,()=>h(null)),At(Ke,()=>c(o),W=>S(o,W)),At(ft,()=>c(l),W=>S(l,W)),O(t,M),yn()}Kn(["click"]);function Kr(t){return t+.5|0}const Jn=(t,e,n)=>Math.max(Math.min(t,n),e);function vr(t){return Jn(Kr(t*2.55),0,255)}function si(t){return Jn(Kr(t*255),0,255)}function Vn(t){return Jn(Kr(t/2.55)/100,0,1)}function tl(t){return Jn(Kr(t*100),0,100)}const nn={0:0,1:1,2:2,3:3,4:4,5:5,6:6,7:7,8:8,9:9,A:10,B:11,C:12,D:13,E:14,F:15,a:10,b:11,c:12,d:13,e:14,f:15},Na=[..."0123456789ABCDEF"],Vg=t=>Na[t&15],Wg=t=>Na[(t&240)>>4]+Na[t&15],us=t=>(t&240)>>4===(t&15),Hg=t=>us(t.r)&&us(t.g)&&us(t.b)&&us(t.a);function qg(t){var e=t.length,n;return t[0]==="#"&&(e===4||e===5?n={r:255&nn[t[1]]*17,g:255&nn[t[2]]*17,b:255&nn[t[3]]*17,a:e===5?nn[t[4]]*17:255}:(e===7||e===9)&&(n={r:nn[t[1]]<<4|nn[t[2]],g:nn[t[3]]<<4|nn[t[4]],b:nn[t[5]]<<4|nn[t[6]],a:e===9?nn[t[7]]<<4|nn[t[8]]:255})),n}const Kg=(t,e)=>t<255?e(t):"";function Ug(t){var e=Hg(t)?Vg:Wg;return t?"#"+e(t.r)+e(t.g)+e(t.b)+Kg(t.a,e):void 0}const Yg=/^(hsla?|hwb|hsv)\(\s*([-+.e\d]+)(?:deg)?[\s,]+([-+.e\d]+)%[\s,]+([-+.e\d]+)%(?:[\s,]+([-+.e\d]+)(%)?)?\s*\)$/;function wc(t,e,n){const i=e*Math.min(n,1-n),r=(s,a=(s+t/30)%12)=>n-i*Math.max(Math.min(a-3,9-a,1),-1);return[r(0),r(8),r(4)]}function Zg(t,e,n){const i=(r,s=(r+t/60)%6)=>n-n*e*Math.max(Math.min(s,4-s,1),0);return[i(5),i(3),i(1)]}function Gg(t,e,n){const i=wc(t,1,.5);let r;for(e+n>1&&(r=1/(e+n),e*=r,n*=r),r=0;r<3;r++)i[r]*=1-e-n,i[r]+=e;return i}function Xg(t,e,n,i,r){return t===r?(e-n)/i+(e<n?6:0):e===r?(n-t)/i+2:(t-e)/i+4}function lo(t){const n=t.r/255,i=t.g/255,r=t.b/255,s=Math.max(n,i,r),a=Math.min(n,i,r),o=(s+a)/2;let l,u,d;return s!==a&&(d=s-a,u=o>.5?d/(2-s-a):d/(s+a),l=Xg(n,i,r,d,s),l=l*60+.5),[l|0,u||0,o]}function uo(t,e,n,i){return(Array.isArray(e)?t(e[0],e[1],e[2]):t(e,n,i)).map(si)}function co(t,e,n){return uo(wc,t,e,n)}function Qg(t,e,n){return uo(Gg,t,e,n)}function Jg(t,e,n){return uo(Zg,t,e,n)}function kc(t){return(t%360+360)%360}function ep(t){const e=Yg.exec(t);let n=255,i;if(!e)return;e[5]!==i&&(n=e[6]?vr(+e[5]):si(+e[5]));const r=kc(+e[2]),s=+e[3]/100,a=+e[4]/100;return e[1]==="hwb"?i=Qg(r,s,a):e[1]==="hsv"?i=Jg(r,s,a):i=co(r,s,a),{r:i[0],g:i[1],b:i[2],a:n}}function tp(t,e){var n=lo(t);n[0]=kc(n[0]+e),n=co(n),t.r=n[0],t.g=n[1],t.b=n[2]}function np(t){if(!t)return;const e=lo(t),n=e[0],i=tl(e[1]),r=tl(e[2]);return t.a<255?`hsla(${n}, ${i}%, ${r}%, ${Vn(t.a)})`:`hsl(${n}, ${i}%, ${r}%)`}const nl={x:"dark",Z:"light",Y:"re",X:"blu",W:"gr",V:"medium",U:"slate",A:"ee",T:"ol",S:"or",B:"ra",C:"lateg",D:"ights",R:"in",Q:"turquois",E:"hi",P:"ro",O:"al",N:"le",M:"de",L:"yello",F:"en",K:"ch",G:"arks",H:"ea",I:"ightg",J:"wh"},il={OiceXe:"f0f8ff",antiquewEte:"faebd7",aqua:"ffff",aquamarRe:"7fffd4",azuY:"f0ffff",beige:"f5f5dc",bisque:"ffe4c4",black:"0",blanKedOmond:"ffebcd",Xe:"ff",XeviTet:"8a2be2",bPwn:"a52a2a",burlywood:"deb887",caMtXe:"5f9ea0",KartYuse:"7fff00",KocTate:"d2691e",cSO:"ff7f50",cSnflowerXe:"6495ed",cSnsilk:"fff8dc",crimson:"dc143c",cyan:"ffff",xXe:"8b",xcyan:"8b8b",xgTMnPd:"b8860b",xWay:"a9a9a9",xgYF:"6400",xgYy:"a9a9a9",xkhaki:"bdb76b",xmagFta:"8b008b",xTivegYF:"556b2f",xSange:"ff8c00",xScEd:"9932cc",xYd:"8b0000",xsOmon:"e9967a",xsHgYF:"8fbc8f",xUXe:"483d8b",xUWay:"2f4f4f",xUgYy:"2f4f4f",xQe:"ced1",xviTet:"9400d3",dAppRk:"ff1493",dApskyXe:"bfff",dimWay:"696969",dimgYy:"696969",dodgerXe:"1e90ff",fiYbrick:"b22222",flSOwEte:"fffaf0",foYstWAn:"228b22",fuKsia:"ff00ff",gaRsbSo:"dcdcdc",ghostwEte:"f8f8ff",gTd:"ffd700",gTMnPd:"daa520",Way:"808080",gYF:"8000",gYFLw:"adff2f",gYy:"808080",honeyMw:"f0fff0",hotpRk:"ff69b4",RdianYd:"cd5c5c",Rdigo:"4b0082",ivSy:"fffff0",khaki:"f0e68c",lavFMr:"e6e6fa",lavFMrXsh:"fff0f5",lawngYF:"7cfc00",NmoncEffon:"fffacd",ZXe:"add8e6",ZcSO:"f08080",Zcyan:"e0ffff",ZgTMnPdLw:"fafad2",ZWay:"d3d3d3",ZgYF:"90ee90",ZgYy:"d3d3d3",ZpRk:"ffb6c1",ZsOmon:"ffa07a",ZsHgYF:"20b2aa",ZskyXe:"87cefa",ZUWay:"778899",ZUgYy:"778899",ZstAlXe:"b0c4de",ZLw:"ffffe0",lime:"ff00",limegYF:"32cd32",lRF:"faf0e6",magFta:"ff00ff",maPon:"800000",VaquamarRe:"66cdaa",VXe:"cd",VScEd:"ba55d3",VpurpN:"9370db",VsHgYF:"3cb371",VUXe:"7b68ee",VsprRggYF:"fa9a",VQe:"48d1cc",VviTetYd:"c71585",midnightXe:"191970",mRtcYam:"f5fffa",mistyPse:"ffe4e1",moccasR:"ffe4b5",navajowEte:"ffdead",navy:"80",Tdlace:"fdf5e6",Tive:"808000",TivedBb:"6b8e23",Sange:"ffa500",SangeYd:"ff4500",ScEd:"da70d6",pOegTMnPd:"eee8aa",pOegYF:"98fb98",pOeQe:"afeeee",pOeviTetYd:"db7093",papayawEp:"ffefd5",pHKpuff:"ffdab9",peru:"cd853f",pRk:"ffc0cb",plum:"dda0dd",powMrXe:"b0e0e6",purpN:"800080",YbeccapurpN:"663399",Yd:"ff0000",Psybrown:"bc8f8f",PyOXe:"4169e1",saddNbPwn:"8b4513",sOmon:"fa8072",sandybPwn:"f4a460",sHgYF:"2e8b57",sHshell:"fff5ee",siFna:"a0522d",silver:"c0c0c0",skyXe:"87ceeb",UXe:"6a5acd",UWay:"708090",UgYy:"708090",snow:"fffafa",sprRggYF:"ff7f",stAlXe:"4682b4",tan:"d2b48c",teO:"8080",tEstN:"d8bfd8",tomato:"ff6347",Qe:"40e0d0",viTet:"ee82ee",JHt:"f5deb3",wEte:"ffffff",wEtesmoke:"f5f5f5",Lw:"ffff00",LwgYF:"9acd32"};function ip(){const t={},e=Object.keys(il),n=Object.keys(nl);let i,r,s,a,o;for(i=0;i<e.length;i++){for(a=o=e[i],r=0;r<n.length;r++)s=n[r],o=o.replace(s,nl[s]);s=parseInt(il[a],16),t[o]=[s>>16&255,s>>8&255,s&255]}return t}let cs;function rp(t){cs||(cs=ip(),cs.transparent=[0,0,0,0]);const e=cs[t.toLowerCase()];return e&&{r:e[0],g:e[1],b:e[2],a:e.length===4?e[3]:255}}const sp=/^rgba?\(\s*([-+.\d]+)(%)?[\s,]+([-+.e\d]+)(%)?[\s,]+([-+.e\d]+)(%)?(?:[\s,/]+([-+.e\d]+)(%)?)?\s*\)$/;function ap(t){const e=sp.exec(t);let n=255,i,r,s;if(e){if(e[7]!==i){const a=+e[7];n=e[8]?vr(a):Jn(a*255,0,255)}return i=+e[1],r=+e[3],s=+e[5],i=255&(e[2]?vr(i):Jn(i,0,255)),r=255&(e[4]?vr(r):Jn(r,0,255)),s=255&(e[6]?vr(s):Jn(s,0,255)),{r:i,g:r,b:s,a:n}}}function op(t){return t&&(t.a<255?`rgba(${t.r}, ${t.g}, ${t.b}, ${Vn(t.a)})`:`rgb(${t.r}, ${t.g}, ${t.b})`)}const ga=t=>t<=.0031308?t*12.92:Math.pow(t,1/2.4)*1.055-.055,Ii=t=>t<=.04045?t/12.92:Math.pow((t+.055)/1.055,2.4);function lp(t,e,n){const i=Ii(Vn(t.r)),r=Ii(Vn(t.g)),s=Ii(Vn(t.b));return{r:si(ga(i+n*(Ii(Vn(e.r))-i))),g:si(ga(r+n*(Ii(Vn(e.g))-r))),b:si(ga(s+n*(Ii(Vn(e.b))-s))),a:t.a+n*(e.a-t.a)}}function ds(t,e,n){if(t){let i=lo(t);i[e]=Math.max(0,Math.min(i[e]+i[e]*n,e===0?360:1)),i=co(i),t.r=i[0],t.g=i[1],t.b=i[2]}}function xc(t,e){return t&&Object.assign(e||{},t)}function rl(t){var e={r:0,g:0,b:0,a:255};return Array.isArray(t)?t.length>=3&&(e={r:t[0],g:t[1],b:t[2],a:255},t.length>3&&(e.a=si(t[3]))):(e=xc(t,{r:0,g:0,b:0,a:1}),e.a=si(e.a)),e}function up(t){return t.charAt(0)==="r"?ap(t):ep(t)}class Lr{constructor(e){if(e instanceof Lr)return e;const n=typeof e;let i;n==="object"?i=rl(e):n==="string"&&(i=qg(e)||rp(e)||up(e)),this._rgb=i,this._valid=!!i}get valid(){return this._valid}get rgb(){var e=xc(this._rgb);return e&&(e.a=Vn(e.a)),e}set rgb(e){this._rgb=rl(e)}rgbString(){return this._valid?op(this._rgb):void 0}hexString(){return this._valid?Ug(this._rgb):void 0}hslString(){return this._valid?np(this._rgb):void 0}mix(e,n){if(e){const i=this.rgb,r=e.rgb;let s;const a=n===s?.5:n,o=2*a-1,l=i.a-r.a,u=((o*l===-1?o:(o+l)/(1+o*l))+1)/2;s=1-u,i.r=255&u*i.r+s*r.r+.5,i.g=255&u*i.g+s*r.g+.5,i.b=255&u*i.b+s*r.b+.5,i.a=a*i.a+(1-a)*r.a,this.rgb=i}return this}interpolate(e,n){return e&&(this._rgb=lp(this._rgb,e._rgb,n)),this}clone(){return new Lr(this.rgb)}alpha(e){return this._rgb.a=si(e),this}clearer(e){const n=this._rgb;return n.a*=1-e,this}greyscale(){const e=this._rgb,n=Kr(e.r*.3+e.g*.59+e.b*.11);return e.r=e.g=e.b=n,this}opaquer(e){const n=this._rgb;return n.a*=1+e,this}negate(){const e=this._rgb;return e.r=255-e.r,e.g=255-e.g,e.b=255-e.b,this}lighten(e){return ds(this._rgb,2,e),this}darken(e){return ds(this._rgb,2,-e),this}saturate(e){return ds(this._rgb,1,e),this}desaturate(e){return ds(this._rgb,1,-e),this}rotate(e){return tp(this._rgb,e),this}}function Fn(){}const cp=(()=>{let t=0;return()=>t++})();function He(t){return t==null}function Pt(t){if(Array.isArray&&Array.isArray(t))return!0;const e=Object.prototype.toString.call(t);return e.slice(0,7)==="[object"&&e.slice(-6)==="Array]"}function Le(t){return t!==null&&Object.prototype.toString.call(t)==="[object Object]"}function cn(t){return(typeof t=="number"||t instanceof Number)&&isFinite(+t)}function Sn(t,e){return cn(t)?t:e}function Ae(t,e){return typeof t>"u"?e:t}const dp=(t,e)=>typeof t=="string"&&t.endsWith("%")?parseFloat(t)/100*e:+t;function lt(t,e,n){if(t&&typeof t.call=="function")return t.apply(n,e)}function Ze(t,e,n,i){let r,s,a;if(Pt(t))for(s=t.length,r=0;r<s;r++)e.call(n,t[r],r);else if(Le(t))for(a=Object.keys(t),s=a.length,r=0;r<s;r++)e.call(n,t[a[r]],a[r])}function Ls(t,e){let n,i,r,s;if(!t||!e||t.length!==e.length)return!1;for(n=0,i=t.length;n<i;++n)if(r=t[n],s=e[n],r.datasetIndex!==s.datasetIndex||r.index!==s.index)return!1;return!0}function Is(t){if(Pt(t))return t.map(Is);if(Le(t)){const e=Object.create(null),n=Object.keys(t),i=n.length;let r=0;for(;r<i;++r)e[n[r]]=Is(t[n[r]]);return e}return t}function Sc(t){return["__proto__","prototype","constructor"].indexOf(t)===-1}function hp(t,e,n,i){if(!Sc(t))return;const r=e[t],s=n[t];Le(r)&&Le(s)?Ir(r,s,i):e[t]=Is(s)}function Ir(t,e,n){const i=Pt(e)?e:[e],r=i.length;if(!Le(t))return t;n=n||{};const s=n.merger||hp;let a;for(let o=0;o<r;++o){if(a=i[o],!Le(a))continue;const l=Object.keys(a);for(let u=0,d=l.length;u<d;++u)s(l[u],t,a,n)}return t}function Sr(t,e){return Ir(t,e,{merger:fp})}function fp(t,e,n){if(!Sc(t))return;const i=e[t],r=n[t];Le(i)&&Le(r)?Sr(i,r):Object.prototype.hasOwnProperty.call(e,t)||(e[t]=Is(r))}const sl={"":t=>t,x:t=>t.x,y:t=>t.y};function gp(t){const e=t.split("."),n=[];let i="";for(const r of e)i+=r,i.endsWith("\\")?i=i.slice(0,-1)+".":(n.push(i),i="");return n}function pp(t){const e=gp(t);return n=>{for(const i of e){if(i==="")break;n=n&&n[i]}return n}}function Xi(t,e){return(sl[e]||(sl[e]=pp(e)))(t)}function ho(t){return t.charAt(0).toUpperCase()+t.slice(1)}const zr=t=>typeof t<"u",ci=t=>typeof t=="function",al=(t,e)=>{if(t.size!==e.size)return!1;for(const n of t)if(!e.has(n))return!1;return!0};function mp(t){return t.type==="mouseup"||t.type==="click"||t.type==="contextmenu"}const Rt=Math.PI,Cn=2*Rt,vp=Cn+Rt,zs=Number.POSITIVE_INFINITY,_p=Rt/180,pn=Rt/2,hi=Rt/4,ol=Rt*2/3,Mc=Math.log10,$n=Math.sign;function Mr(t,e,n){return Math.abs(t-e)<n}function ll(t){const e=Math.round(t);t=Mr(t,e,t/1e3)?e:t;const n=Math.pow(10,Math.floor(Mc(t))),i=t/n;return(i<=1?1:i<=2?2:i<=5?5:10)*n}function bp(t){const e=[],n=Math.sqrt(t);let i;for(i=1;i<n;i++)t%i===0&&(e.push(i),e.push(t/i));return n===(n|0)&&e.push(n),e.sort((r,s)=>r-s).pop(),e}function yp(t){return typeof t=="symbol"||typeof t=="object"&&t!==null&&!(Symbol.toPrimitive in t||"toString"in t||"valueOf"in t)}function Rr(t){return!yp(t)&&!isNaN(parseFloat(t))&&isFinite(t)}function wp(t,e){const n=Math.round(t);return n-e<=t&&n+e>=t}function kp(t,e,n){let i,r,s;for(i=0,r=t.length;i<r;i++)s=t[i][n],isNaN(s)||(e.min=Math.min(e.min,s),e.max=Math.max(e.max,s))}function yi(t){return t*(Rt/180)}function xp(t){return t*(180/Rt)}function ul(t){if(!cn(t))return;let e=1,n=0;for(;Math.round(t*e)/e!==t;)e*=10,n++;return n}function Sp(t,e){const n=e.x-t.x,i=e.y-t.y,r=Math.sqrt(n*n+i*i);let s=Math.atan2(i,n);return s<-.5*Rt&&(s+=Cn),{angle:s,distance:r}}function Ba(t,e){return Math.sqrt(Math.pow(e.x-t.x,2)+Math.pow(e.y-t.y,2))}function Mp(t,e){return(t-e+vp)%Cn-Rt}function Qn(t){return(t%Cn+Cn)%Cn}function Ec(t,e,n,i){const r=Qn(t),s=Qn(e),a=Qn(n),o=Qn(s-r),l=Qn(a-r),u=Qn(r-s),d=Qn(r-a);return r===s||r===a||i&&s===a||o>l&&u<d}function tn(t,e,n){return Math.max(e,Math.min(n,t))}function Ep(t){return tn(t,-32768,32767)}function wi(t,e,n,i=1e-6){return t>=Math.min(e,n)-i&&t<=Math.max(e,n)+i}function fo(t,e,n){n=n||(a=>t[a]<e);let i=t.length-1,r=0,s;for(;i-r>1;)s=r+i>>1,n(s)?r=s:i=s;return{lo:r,hi:i}}const ki=(t,e,n,i)=>fo(t,n,i?r=>{const s=t[r][e];return s<n||s===n&&t[r+1][e]===n}:r=>t[r][e]<n),Ap=(t,e,n)=>fo(t,n,i=>t[i][e]>=n);function Dp(t,e,n){let i=0,r=t.length;for(;i<r&&t[i]<e;)i++;for(;r>i&&t[r-1]>n;)r--;return i>0||r<t.length?t.slice(i,r):t}const Ac=["push","pop","shift","splice","unshift"];function Tp(t,e){if(t._chartjs){t._chartjs.listeners.push(e);return}Object.defineProperty(t,"_chartjs",{configurable:!0,enumerable:!1,value:{listeners:[e]}}),Ac.forEach(n=>{const i="_onData"+ho(n),r=t[n];Object.defineProperty(t,n,{configurable:!0,enumerable:!1,value(...s){const a=r.apply(this,s);return t._chartjs.listeners.forEach(o=>{typeof o[i]=="function"&&o[i](...s)}),a}})})}function cl(t,e){const n=t._chartjs;if(!n)return;const i=n.listeners,r=i.indexOf(e);r!==-1&&i.splice(r,1),!(i.length>0)&&(Ac.forEach(s=>{delete t[s]}),delete t._chartjs)}function Dc(t){const e=new Set(t);return e.size===t.length?t:Array.from(e)}const Tc=(function(){return typeof window>"u"?function(t){return t()}:window.requestAnimationFrame})();function Oc(t,e){let n=[],i=!1;return function(...r){n=r,i||(i=!0,Tc.call(window,()=>{i=!1,t.apply(e,n)}))}}function Op(t,e){let n;return function(...i){return e?(clearTimeout(n),n=setTimeout(t,e,i)):t.apply(this,i),e}}const Cc=t=>t==="start"?"left":t==="end"?"right":"center",Qt=(t,e,n)=>t==="start"?e:t==="end"?n:(e+n)/2,Cp=(t,e,n,i)=>t===(i?"left":"right")?n:t==="center"?(e+n)/2:e;function $p(t,e,n){const i=e.length;let r=0,s=i;if(t._sorted){const{iScale:a,vScale:o,_parsed:l}=t,u=t.dataset&&t.dataset.options?t.dataset.options.spanGaps:null,d=a.axis,{min:h,max:f,minDefined:g,maxDefined:v}=a.getUserBounds();if(g){if(r=Math.min(ki(l,d,h).lo,n?i:ki(e,d,a.getPixelForValue(h)).lo),u){const b=l.slice(0,r+1).reverse().findIndex(_=>!He(_[o.axis]));r-=Math.max(0,b)}r=tn(r,0,i-1)}if(v){let b=Math.max(ki(l,a.axis,f,!0).hi+1,n?0:ki(e,d,a.getPixelForValue(f),!0).hi+1);if(u){const _=l.slice(b-1).findIndex(k=>!He(k[o.axis]));b+=Math.max(0,_)}s=tn(b,r,i)-r}else s=i-r}return{start:r,count:s}}function Pp(t){const{xScale:e,yScale:n,_scaleRanges:i}=t,r={xmin:e.min,xmax:e.max,ymin:n.min,ymax:n.max};if(!i)return t._scaleRanges=r,!0;const s=i.xmin!==e.min||i.xmax!==e.max||i.ymin!==n.min||i.ymax!==n.max;return Object.assign(i,r),s}const hs=t=>t===0||t===1,dl=(t,e,n)=>-(Math.pow(2,10*(t-=1))*Math.sin((t-e)*Cn/n)),hl=(t,e,n)=>Math.pow(2,-10*t)*Math.sin((t-e)*Cn/n)+1,Er={linear:t=>t,easeInQuad:t=>t*t,easeOutQuad:t=>-t*(t-2),easeInOutQuad:t=>(t/=.5)<1?.5*t*t:-.5*(--t*(t-2)-1),easeInCubic:t=>t*t*t,easeOutCubic:t=>(t-=1)*t*t+1,easeInOutCubic:t=>(t/=.5)<1?.5*t*t*t:.5*((t-=2)*t*t+2),easeInQuart:t=>t*t*t*t,easeOutQuart:t=>-((t-=1)*t*t*t-1),easeInOutQuart:t=>(t/=.5)<1?.5*t*t*t*t:-.5*((t-=2)*t*t*t-2),easeInQuint:t=>t*t*t*t*t,easeOutQuint:t=>(t-=1)*t*t*t*t+1,easeInOutQuint:t=>(t/=.5)<1?.5*t*t*t*t*t:.5*((t-=2)*t*t*t*t+2),easeInSine:t=>-Math.cos(t*pn)+1,easeOutSine:t=>Math.sin(t*pn),easeInOutSine:t=>-.5*(Math.cos(Rt*t)-1),easeInExpo:t=>t===0?0:Math.pow(2,10*(t-1)),easeOutExpo:t=>t===1?1:-Math.pow(2,-10*t)+1,easeInOutExpo:t=>hs(t)?t:t<.5?.5*Math.pow(2,10*(t*2-1)):.5*(-Math.pow(2,-10*(t*2-1))+2),easeInCirc:t=>t>=1?t:-(Math.sqrt(1-t*t)-1),easeOutCirc:t=>Math.sqrt(1-(t-=1)*t),easeInOutCirc:t=>(t/=.5)<1?-.5*(Math.sqrt(1-t*t)-1):.5*(Math.sqrt(1-(t-=2)*t)+1),easeInElastic:t=>hs(t)?t:dl(t,.075,.3),easeOutElastic:t=>hs(t)?t:hl(t,.075,.3),easeInOutElastic(t){return hs(t)?t:t<.5?.5*dl(t*2,.1125,.45):.5+.5*hl(t*2-1,.1125,.45)},easeInBack(t){return t*t*((1.70158+1)*t-1.70158)},easeOutBack(t){return(t-=1)*t*((1.70158+1)*t+1.70158)+1},easeInOutBack(t){let e=1.70158;return(t/=.5)<1?.5*(t*t*(((e*=1.525)+1)*t-e)):.5*((t-=2)*t*(((e*=1.525)+1)*t+e)+2)},easeInBounce:t=>1-Er.easeOutBounce(1-t),easeOutBounce(t){return t<1/2.75?7.5625*t*t:t<2/2.75?7.5625*(t-=1.5/2.75)*t+.75:t<2.5/2.75?7.5625*(t-=2.25/2.75)*t+.9375:7.5625*(t-=2.625/2.75)*t+.984375},easeInOutBounce:t=>t<.5?Er.easeInBounce(t*2)*.5:Er.easeOutBounce(t*2-1)*.5+.5};function go(t){if(t&&typeof t=="object"){const e=t.toString();return e==="[object CanvasPattern]"||e==="[object CanvasGradient]"}return!1}function fl(t){return go(t)?t:new Lr(t)}function pa(t){return go(t)?t:new Lr(t).saturate(.5).darken(.1).hexString()}const Lp=["x","y","borderWidth","radius","tension"],Ip=["color","borderColor","backgroundColor"];function zp(t){t.set("animation",{delay:void 0,duration:1e3,easing:"easeOutQuart",fn:void 0,from:void 0,loop:void 0,to:void 0,type:void 0}),t.describe("animation",{_fallback:!1,_indexable:!1,_scriptable:e=>e!=="onProgress"&&e!=="onComplete"&&e!=="fn"}),t.set("animations",{colors:{type:"color",properties:Ip},numbers:{type:"number",properties:Lp}}),t.describe("animations",{_fallback:"animation"}),t.set("transitions",{active:{animation:{duration:400}},resize:{animation:{duration:0}},show:{animations:{colors:{from:"transparent"},visible:{type:"boolean",duration:0}}},hide:{animations:{colors:{to:"transparent"},visible:{type:"boolean",easing:"linear",fn:e=>e|0}}}})}function Rp(t){t.set("layout",{autoPadding:!0,padding:{top:0,right:0,bottom:0,left:0}})}const gl=new Map;function Fp(t,e){e=e||{};const n=t+JSON.stringify(e);let i=gl.get(n);return i||(i=new Intl.NumberFormat(t,e),gl.set(n,i)),i}function $c(t,e,n){return Fp(e,n).format(t)}const jp={values(t){return Pt(t)?t:""+t},numeric(t,e,n){if(t===0)return"0";const i=this.chart.options.locale;let r,s=t;if(n.length>1){const u=Math.max(Math.abs(n[0].value),Math.abs(n[n.length-1].value));(u<1e-4||u>1e15)&&(r="scientific"),s=Np(t,n)}const a=Mc(Math.abs(s)),o=isNaN(a)?1:Math.max(Math.min(-1*Math.floor(a),20),0),l={notation:r,minimumFractionDigits:o,maximumFractionDigits:o};return Object.assign(l,this.options.ticks.format),$c(t,i,l)}};function Np(t,e){let n=e.length>3?e[2].value-e[1].value:e[1].value-e[0].value;return Math.abs(n)>=1&&t!==Math.floor(t)&&(n=t-Math.floor(t)),n}var Pc={formatters:jp};function Bp(t){t.set("scale",{display:!0,offset:!1,reverse:!1,beginAtZero:!1,bounds:"ticks",clip:!0,grace:0,grid:{display:!0,lineWidth:1,drawOnChartArea:!0,drawTicks:!0,tickLength:8,tickWidth:(e,n)=>n.lineWidth,tickColor:(e,n)=>n.color,offset:!1},border:{display:!0,dash:[],dashOffset:0,width:1},title:{display:!1,text:"",padding:{top:4,bottom:4}},ticks:{minRotation:0,maxRotation:50,mirror:!1,textStrokeWidth:0,textStrokeColor:"",padding:3,display:!0,autoSkip:!0,autoSkipPadding:3,labelOffset:0,callback:Pc.formatters.values,minor:{},major:{},align:"center",crossAlign:"near",showLabelBackdrop:!1,backdropColor:"rgba(255, 255, 255, 0.75)",backdropPadding:2}}),t.route("scale.ticks","color","","color"),t.route("scale.grid","color","","borderColor"),t.route("scale.border","color","","borderColor"),t.route("scale.title","color","","color"),t.describe("scale",{_fallback:!1,_scriptable:e=>!e.startsWith("before")&&!e.startsWith("after")&&e!=="callback"&&e!=="parser",_indexable:e=>e!=="borderDash"&&e!=="tickBorderDash"&&e!=="dash"}),t.describe("scales",{_fallback:"scale"}),t.describe("scale.ticks",{_scriptable:e=>e!=="backdropPadding"&&e!=="callback",_indexable:e=>e!=="backdropPadding"})}const Ti=Object.create(null),Va=Object.create(null);function Ar(t,e){if(!e)return t;const n=e.split(".");for(let i=0,r=n.length;i<r;++i){const s=n[i];t=t[s]||(t[s]=Object.create(null))}return t}function ma(t,e,n){return typeof e=="string"?Ir(Ar(t,e),n):Ir(Ar(t,""),e)}class Vp{constructor(e,n){this.animation=void 0,this.backgroundColor="rgba(0,0,0,0.1)",this.borderColor="rgba(0,0,0,0.1)",this.color="#666",this.datasets={},this.devicePixelRatio=i=>i.chart.platform.getDevicePixelRatio(),this.elements={},this.events=["mousemove","mouseout","click","touchstart","touchmove"],this.font={family:"'Helvetica Neue', 'Helvetica', 'Arial', sans-serif",size:12,style:"normal",lineHeight:1.2,weight:null},this.hover={},this.hoverBackgroundColor=(i,r)=>pa(r.backgroundColor),this.hoverBorderColor=(i,r)=>pa(r.borderColor),this.hoverColor=(i,r)=>pa(r.color),this.indexAxis="x",this.interaction={mode:"nearest",intersect:!0,includeInvisible:!1},this.maintainAspectRatio=!0,this.onHover=null,this.onClick=null,this.parsing=!0,this.plugins={},this.responsive=!0,this.scale=void 0,this.scales={},this.showLine=!0,this.drawActiveElementsOnTop=!0,this.describe(e),this.apply(n)}set(e,n){return ma(this,e,n)}get(e){return Ar(this,e)}describe(e,n){return ma(Va,e,n)}override(e,n){return ma(Ti,e,n)}route(e,n,i,r){const s=Ar(this,e),a=Ar(this,i),o="_"+n;Object.defineProperties(s,{[o]:{value:s[n],writable:!0},[n]:{enumerable:!0,get(){const l=this[o],u=a[r];return Le(l)?Object.assign({},u,l):Ae(l,u)},set(l){this[o]=l}}})}apply(e){e.forEach(n=>n(this))}}var St=new Vp({_scriptable:t=>!t.startsWith("on"),_indexable:t=>t!=="events",hover:{_fallback:"interaction"},interaction:{_scriptable:!1,_indexable:!1}},[zp,Rp,Bp]);function Wp(t){return!t||He(t.size)||He(t.family)?null:(t.style?t.style+" ":"")+(t.weight?t.weight+" ":"")+t.size+"px "+t.family}function pl(t,e,n,i,r){let s=e[r];return s||(s=e[r]=t.measureText(r).width,n.push(r)),s>i&&(i=s),i}function fi(t,e,n){const i=t.currentDevicePixelRatio,r=n!==0?Math.max(n/2,.5):0;return Math.round((e-r)*i)/i+r}function ml(t,e){!e&&!t||(e=e||t.getContext("2d"),e.save(),e.resetTransform(),e.clearRect(0,0,t.width,t.height),e.restore())}function Wa(t,e,n,i){Lc(t,e,n,i,null)}function Lc(t,e,n,i,r){let s,a,o,l,u,d,h,f;const g=e.pointStyle,v=e.rotation,b=e.radius;let _=(v||0)*_p;if(g&&typeof g=="object"&&(s=g.toString(),s==="[object HTMLImageElement]"||s==="[object HTMLCanvasElement]")){t.save(),t.translate(n,i),t.rotate(_),t.drawImage(g,-g.width/2,-g.height/2,g.width,g.height),t.restore();return}if(!(isNaN(b)||b<=0)){switch(t.beginPath(),g){default:r?t.ellipse(n,i,r/2,b,0,0,Cn):t.arc(n,i,b,0,Cn),t.closePath();break;case"triangle":d=r?r/2:b,t.moveTo(n+Math.sin(_)*d,i-Math.cos(_)*b),_+=ol,t.lineTo(n+Math.sin(_)*d,i-Math.cos(_)*b),_+=ol,t.lineTo(n+Math.sin(_)*d,i-Math.cos(_)*b),t.closePath();break;case"rectRounded":u=b*.516,l=b-u,a=Math.cos(_+hi)*l,h=Math.cos(_+hi)*(r?r/2-u:l),o=Math.sin(_+hi)*l,f=Math.sin(_+hi)*(r?r/2-u:l),t.arc(n-h,i-o,u,_-Rt,_-pn),t.arc(n+f,i-a,u,_-pn,_),t.arc(n+h,i+o,u,_,_+pn),t.arc(n-f,i+a,u,_+pn,_+Rt),t.closePath();break;case"rect":if(!v){l=Math.SQRT1_2*b,d=r?r/2:l,t.rect(n-d,i-l,2*d,2*l);break}_+=hi;case"rectRot":h=Math.cos(_)*(r?r/2:b),a=Math.cos(_)*b,o=Math.sin(_)*b,f=Math.sin(_)*(r?r/2:b),t.moveTo(n-h,i-o),t.lineTo(n+f,i-a),t.lineTo(n+h,i+o),t.lineTo(n-f,i+a),t.closePath();break;case"crossRot":_+=hi;case"cross":h=Math.cos(_)*(r?r/2:b),a=Math.cos(_)*b,o=Math.sin(_)*b,f=Math.sin(_)*(r?r/2:b),t.moveTo(n-h,i-o),t.lineTo(n+h,i+o),t.moveTo(n+f,i-a),t.lineTo(n-f,i+a);break;case"star":h=Math.cos(_)*(r?r/2:b),a=Math.cos(_)*b,o=Math.sin(_)*b,f=Math.sin(_)*(r?r/2:b),t.moveTo(n-h,i-o),t.lineTo(n+h,i+o),t.moveTo(n+f,i-a),t.lineTo(n-f,i+a),_+=hi,h=Math.cos(_)*(r?r/2:b),a=Math.cos(_)*b,o=Math.sin(_)*b,f=Math.sin(_)*(r?r/2:b),t.moveTo(n-h,i-o),t.lineTo(n+h,i+o),t.moveTo(n+f,i-a),t.lineTo(n-f,i+a);break;case"line":a=r?r/2:Math.cos(_)*b,o=Math.sin(_)*b,t.moveTo(n-a,i-o),t.lineTo(n+a,i+o);break;case"dash":t.moveTo(n,i),t.lineTo(n+Math.cos(_)*(r?r/2:b),i+Math.sin(_)*b);break;case!1:t.closePath();break}t.fill(),e.borderWidth>0&&t.stroke()}}function Fr(t,e,n){return n=n||.5,!e||t&&t.x>e.left-n&&t.x<e.right+n&&t.y>e.top-n&&t.y<e.bottom+n}function po(t,e){t.save(),t.beginPath(),t.rect(e.left,e.top,e.right-e.left,e.bottom-e.top),t.clip()}function mo(t){t.restore()}function Hp(t,e,n,i,r){if(!e)return t.lineTo(n.x,n.y);if(r==="middle"){const s=(e.x+n.x)/2;t.lineTo(s,e.y),t.lineTo(s,n.y)}else r==="after"!=!!i?t.lineTo(e.x,n.y):t.lineTo(n.x,e.y);t.lineTo(n.x,n.y)}function qp(t,e,n,i){if(!e)return t.lineTo(n.x,n.y);t.bezierCurveTo(i?e.cp1x:e.cp2x,i?e.cp1y:e.cp2y,i?n.cp2x:n.cp1x,i?n.cp2y:n.cp1y,n.x,n.y)}function Kp(t,e){e.translation&&t.translate(e.translation[0],e.translation[1]),He(e.rotation)||t.rotate(e.rotation),e.color&&(t.fillStyle=e.color),e.textAlign&&(t.textAlign=e.textAlign),e.textBaseline&&(t.textBaseline=e.textBaseline)}function Up(t,e,n,i,r){if(r.strikethrough||r.underline){const s=t.measureText(i),a=e-s.actualBoundingBoxLeft,o=e+s.actualBoundingBoxRight,l=n-s.actualBoundingBoxAscent,u=n+s.actualBoundingBoxDescent,d=r.strikethrough?(l+u)/2:u;t.strokeStyle=t.fillStyle,t.beginPath(),t.lineWidth=r.decorationWidth||2,t.moveTo(a,d),t.lineTo(o,d),t.stroke()}}function Yp(t,e){const n=t.fillStyle;t.fillStyle=e.color,t.fillRect(e.left,e.top,e.width,e.height),t.fillStyle=n}function Rs(t,e,n,i,r,s={}){const a=Pt(e)?e:[e],o=s.strokeWidth>0&&s.strokeColor!=="";let l,u;for(t.save(),t.font=r.string,Kp(t,s),l=0;l<a.length;++l)u=a[l],s.backdrop&&Yp(t,s.backdrop),o&&(s.strokeColor&&(t.strokeStyle=s.strokeColor),He(s.strokeWidth)||(t.lineWidth=s.strokeWidth),t.strokeText(u,n,i,s.maxWidth)),t.fillText(u,n,i,s.maxWidth),Up(t,n,i,u,s),i+=Number(r.lineHeight);t.restore()}function Fs(t,e){const{x:n,y:i,w:r,h:s,radius:a}=e;t.arc(n+a.topLeft,i+a.topLeft,a.topLeft,1.5*Rt,Rt,!0),t.lineTo(n,i+s-a.bottomLeft),t.arc(n+a.bottomLeft,i+s-a.bottomLeft,a.bottomLeft,Rt,pn,!0),t.lineTo(n+r-a.bottomRight,i+s),t.arc(n+r-a.bottomRight,i+s-a.bottomRight,a.bottomRight,pn,0,!0),t.lineTo(n+r,i+a.topRight),t.arc(n+r-a.topRight,i+a.topRight,a.topRight,0,-pn,!0),t.lineTo(n+a.topLeft,i)}const Zp=/^(normal|(\d+(?:\.\d+)?)(px|em|%)?)$/,Gp=/^(normal|italic|initial|inherit|unset|(oblique( -?[0-9]?[0-9]deg)?))$/;function Xp(t,e){const n=(""+t).match(Zp);if(!n||n[1]==="normal")return e*1.2;switch(t=+n[2],n[3]){case"px":return t;case"%":t/=100;break}return e*t}const Qp=t=>+t||0;function Ic(t,e){const n={},i=Le(e),r=i?Object.keys(e):e,s=Le(t)?i?a=>Ae(t[a],t[e[a]]):a=>t[a]:()=>t;for(const a of r)n[a]=Qp(s(a));return n}function zc(t){return Ic(t,{top:"y",right:"x",bottom:"y",left:"x"})}function Wi(t){return Ic(t,["topLeft","topRight","bottomLeft","bottomRight"])}function _n(t){const e=zc(t);return e.width=e.left+e.right,e.height=e.top+e.bottom,e}function Ut(t,e){t=t||{},e=e||St.font;let n=Ae(t.size,e.size);typeof n=="string"&&(n=parseInt(n,10));let i=Ae(t.style,e.style);i&&!(""+i).match(Gp)&&(console.warn('Invalid font style specified: "'+i+'"'),i=void 0);const r={family:Ae(t.family,e.family),lineHeight:Xp(Ae(t.lineHeight,e.lineHeight),n),size:n,style:i,weight:Ae(t.weight,e.weight),string:""};return r.string=Wp(r),r}function fs(t,e,n,i){let r,s,a;for(r=0,s=t.length;r<s;++r)if(a=t[r],a!==void 0&&a!==void 0)return a}function Jp(t,e,n){const{min:i,max:r}=t,s=dp(e,(r-i)/2),a=(o,l)=>n&&o===0?0:o+l;return{min:a(i,-Math.abs(s)),max:a(r,s)}}function Oi(t,e){return Object.assign(Object.create(t),e)}function vo(t,e=[""],n,i,r=()=>t[0]){const s=n||t;typeof i>"u"&&(i=Nc("_fallback",t));const a={[Symbol.toStringTag]:"Object",_cacheable:!0,_scopes:t,_rootScopes:s,_fallback:i,_getTarget:r,override:o=>vo([o,...t],e,s,i)};return new Proxy(a,{deleteProperty(o,l){return delete o[l],delete o._keys,delete t[0][l],!0},get(o,l){return Fc(o,l,()=>om(l,e,t,o))},getOwnPropertyDescriptor(o,l){return Reflect.getOwnPropertyDescriptor(o._scopes[0],l)},getPrototypeOf(){return Reflect.getPrototypeOf(t[0])},has(o,l){return _l(o).includes(l)},ownKeys(o){return _l(o)},set(o,l,u){const d=o._storage||(o._storage=r());return o[l]=d[l]=u,delete o._keys,!0}})}function Qi(t,e,n,i){const r={_cacheable:!1,_proxy:t,_context:e,_subProxy:n,_stack:new Set,_descriptors:Rc(t,i),setContext:s=>Qi(t,s,n,i),override:s=>Qi(t.override(s),e,n,i)};return new Proxy(r,{deleteProperty(s,a){return delete s[a],delete t[a],!0},get(s,a,o){return Fc(s,a,()=>tm(s,a,o))},getOwnPropertyDescriptor(s,a){return s._descriptors.allKeys?Reflect.has(t,a)?{enumerable:!0,configurable:!0}:void 0:Reflect.getOwnPropertyDescriptor(t,a)},getPrototypeOf(){return Reflect.getPrototypeOf(t)},has(s,a){return Reflect.has(t,a)},ownKeys(){return Reflect.ownKeys(t)},set(s,a,o){return t[a]=o,delete s[a],!0}})}function Rc(t,e={scriptable:!0,indexable:!0}){const{_scriptable:n=e.scriptable,_indexable:i=e.indexable,_allKeys:r=e.allKeys}=t;return{allKeys:r,scriptable:n,indexable:i,isScriptable:ci(n)?n:()=>n,isIndexable:ci(i)?i:()=>i}}const em=(t,e)=>t?t+ho(e):e,_o=(t,e)=>Le(e)&&t!=="adapters"&&(Object.getPrototypeOf(e)===null||e.constructor===Object);function Fc(t,e,n){if(Object.prototype.hasOwnProperty.call(t,e)||e==="constructor")return t[e];const i=n();return t[e]=i,i}function tm(t,e,n){const{_proxy:i,_context:r,_subProxy:s,_descriptors:a}=t;let o=i[e];return ci(o)&&a.isScriptable(e)&&(o=nm(e,o,t,n)),Pt(o)&&o.length&&(o=im(e,o,t,a.isIndexable)),_o(e,o)&&(o=Qi(o,r,s&&s[e],a)),o}function nm(t,e,n,i){const{_proxy:r,_context:s,_subProxy:a,_stack:o}=n;if(o.has(t))throw new Error("Recursion detected: "+Array.from(o).join("->")+"->"+t);o.add(t);let l=e(s,a||i);return o.delete(t),_o(t,l)&&(l=bo(r._scopes,r,t,l)),l}function im(t,e,n,i){const{_proxy:r,_context:s,_subProxy:a,_descriptors:o}=n;if(typeof s.index<"u"&&i(t))return e[s.index%e.length];if(Le(e[0])){const l=e,u=r._scopes.filter(d=>d!==l);e=[];for(const d of l){const h=bo(u,r,t,d);e.push(Qi(h,s,a&&a[t],o))}}return e}function jc(t,e,n){return ci(t)?t(e,n):t}const rm=(t,e)=>t===!0?e:typeof t=="string"?Xi(e,t):void 0;function sm(t,e,n,i,r){for(const s of e){const a=rm(n,s);if(a){t.add(a);const o=jc(a._fallback,n,r);if(typeof o<"u"&&o!==n&&o!==i)return o}else if(a===!1&&typeof i<"u"&&n!==i)return null}return!1}function bo(t,e,n,i){const r=e._rootScopes,s=jc(e._fallback,n,i),a=[...t,...r],o=new Set;o.add(i);let l=vl(o,a,n,s||n,i);return l===null||typeof s<"u"&&s!==n&&(l=vl(o,a,s,l,i),l===null)?!1:vo(Array.from(o),[""],r,s,()=>am(e,n,i))}function vl(t,e,n,i,r){for(;n;)n=sm(t,e,n,i,r);return n}function am(t,e,n){const i=t._getTarget();e in i||(i[e]={});const r=i[e];return Pt(r)&&Le(n)?n:r||{}}function om(t,e,n,i){let r;for(const s of e)if(r=Nc(em(s,t),n),typeof r<"u")return _o(t,r)?bo(n,i,t,r):r}function Nc(t,e){for(const n of e){if(!n)continue;const i=n[t];if(typeof i<"u")return i}}function _l(t){let e=t._keys;return e||(e=t._keys=lm(t._scopes)),e}function lm(t){const e=new Set;for(const n of t)for(const i of Object.keys(n).filter(r=>!r.startsWith("_")))e.add(i);return Array.from(e)}const um=Number.EPSILON||1e-14,Ji=(t,e)=>e<t.length&&!t[e].skip&&t[e],Bc=t=>t==="x"?"y":"x";function cm(t,e,n,i){const r=t.skip?e:t,s=e,a=n.skip?e:n,o=Ba(s,r),l=Ba(a,s);let u=o/(o+l),d=l/(o+l);u=isNaN(u)?0:u,d=isNaN(d)?0:d;const h=i*u,f=i*d;return{previous:{x:s.x-h*(a.x-r.x),y:s.y-h*(a.y-r.y)},next:{x:s.x+f*(a.x-r.x),y:s.y+f*(a.y-r.y)}}}function dm(t,e,n){const i=t.length;let r,s,a,o,l,u=Ji(t,0);for(let d=0;d<i-1;++d)if(l=u,u=Ji(t,d+1),!(!l||!u)){if(Mr(e[d],0,um)){n[d]=n[d+1]=0;continue}r=n[d]/e[d],s=n[d+1]/e[d],o=Math.pow(r,2)+Math.pow(s,2),!(o<=9)&&(a=3/Math.sqrt(o),n[d]=r*a*e[d],n[d+1]=s*a*e[d])}}function hm(t,e,n="x"){const i=Bc(n),r=t.length;let s,a,o,l=Ji(t,0);for(let u=0;u<r;++u){if(a=o,o=l,l=Ji(t,u+1),!o)continue;const d=o[n],h=o[i];a&&(s=(d-a[n])/3,o[`cp1${n}`]=d-s,o[`cp1${i}`]=h-s*e[u]),l&&(s=(l[n]-d)/3,o[`cp2${n}`]=d+s,o[`cp2${i}`]=h+s*e[u])}}function fm(t,e="x"){const n=Bc(e),i=t.length,r=Array(i).fill(0),s=Array(i);let a,o,l,u=Ji(t,0);for(a=0;a<i;++a)if(o=l,l=u,u=Ji(t,a+1),!!l){if(u){const d=u[e]-l[e];r[a]=d!==0?(u[n]-l[n])/d:0}s[a]=o?u?$n(r[a-1])!==$n(r[a])?0:(r[a-1]+r[a])/2:r[a-1]:r[a]}dm(t,r,s),hm(t,s,e)}function gs(t,e,n){return Math.max(Math.min(t,n),e)}function gm(t,e){let n,i,r,s,a,o=Fr(t[0],e);for(n=0,i=t.length;n<i;++n)a=s,s=o,o=n<i-1&&Fr(t[n+1],e),s&&(r=t[n],a&&(r.cp1x=gs(r.cp1x,e.left,e.right),r.cp1y=gs(r.cp1y,e.top,e.bottom)),o&&(r.cp2x=gs(r.cp2x,e.left,e.right),r.cp2y=gs(r.cp2y,e.top,e.bottom)))}function pm(t,e,n,i,r){let s,a,o,l;if(e.spanGaps&&(t=t.filter(u=>!u.skip)),e.cubicInterpolationMode==="monotone")fm(t,r);else{let u=i?t[t.length-1]:t[0];for(s=0,a=t.length;s<a;++s)o=t[s],l=cm(u,o,t[Math.min(s+1,a-(i?0:1))%a],e.tension),o.cp1x=l.previous.x,o.cp1y=l.previous.y,o.cp2x=l.next.x,o.cp2y=l.next.y,u=o}e.capBezierPoints&&gm(t,n)}function yo(){return typeof window<"u"&&typeof document<"u"}function wo(t){let e=t.parentNode;return e&&e.toString()==="[object ShadowRoot]"&&(e=e.host),e}function js(t,e,n){let i;return typeof t=="string"?(i=parseInt(t,10),t.indexOf("%")!==-1&&(i=i/100*e.parentNode[n])):i=t,i}const Us=t=>t.ownerDocument.defaultView.getComputedStyle(t,null);function mm(t,e){return Us(t).getPropertyValue(e)}const vm=["top","right","bottom","left"];function Ei(t,e,n){const i={};n=n?"-"+n:"";for(let r=0;r<4;r++){const s=vm[r];i[s]=parseFloat(t[e+"-"+s+n])||0}return i.width=i.left+i.right,i.height=i.top+i.bottom,i}const _m=(t,e,n)=>(t>0||e>0)&&(!n||!n.shadowRoot);function bm(t,e){const n=t.touches,i=n&&n.length?n[0]:t,{offsetX:r,offsetY:s}=i;let a=!1,o,l;if(_m(r,s,t.target))o=r,l=s;else{const u=e.getBoundingClientRect();o=i.clientX-u.left,l=i.clientY-u.top,a=!0}return{x:o,y:l,box:a}}function pi(t,e){if("native"in t)return t;const{canvas:n,currentDevicePixelRatio:i}=e,r=Us(n),s=r.boxSizing==="border-box",a=Ei(r,"padding"),o=Ei(r,"border","width"),{x:l,y:u,box:d}=bm(t,n),h=a.left+(d&&o.left),f=a.top+(d&&o.top);let{width:g,height:v}=e;return s&&(g-=a.width+o.width,v-=a.height+o.height),{x:Math.round((l-h)/g*n.width/i),y:Math.round((u-f)/v*n.height/i)}}function ym(t,e,n){let i,r;if(e===void 0||n===void 0){const s=t&&wo(t);if(!s)e=t.clientWidth,n=t.clientHeight;else{const a=s.getBoundingClientRect(),o=Us(s),l=Ei(o,"border","width"),u=Ei(o,"padding");e=a.width-u.width-l.width,n=a.height-u.height-l.height,i=js(o.maxWidth,s,"clientWidth"),r=js(o.maxHeight,s,"clientHeight")}}return{width:e,height:n,maxWidth:i||zs,maxHeight:r||zs}}const ei=t=>Math.round(t*10)/10;function wm(t,e,n,i){const r=Us(t),s=Ei(r,"margin"),a=js(r.maxWidth,t,"clientWidth")||zs,o=js(r.maxHeight,t,"clientHeight")||zs,l=ym(t,e,n);let{width:u,height:d}=l;if(r.boxSizing==="content-box"){const f=Ei(r,"border","width"),g=Ei(r,"padding");u-=g.width+f.width,d-=g.height+f.height}return u=Math.max(0,u-s.width),d=Math.max(0,i?u/i:d-s.height),u=ei(Math.min(u,a,l.maxWidth)),d=ei(Math.min(d,o,l.maxHeight)),u&&!d&&(d=ei(u/2)),(e!==void 0||n!==void 0)&&i&&l.height&&d>l.height&&(d=l.height,u=ei(Math.floor(d*i))),{width:u,height:d}}function bl(t,e,n){const i=e||1,r=ei(t.height*i),s=ei(t.width*i);t.height=ei(t.height),t.width=ei(t.width);const a=t.canvas;a.style&&(n||!a.style.height&&!a.style.width)&&(a.style.height=`${t.height}px`,a.style.width=`${t.width}px`);const o=Math.floor(r),l=Math.floor(s);return t.currentDevicePixelRatio!==i||a.height!==o||a.width!==l?(t.currentDevicePixelRatio=i,a.height=o,a.width=l,t.ctx.setTransform(i,0,0,i,0,0),!0):!1}const km=(function(){let t=!1;try{const e={get passive(){return t=!0,!1}};yo()&&(window.addEventListener("test",null,e),window.removeEventListener("test",null,e))}catch{}return t})();function yl(t,e){const n=mm(t,e),i=n&&n.match(/^(\d+)(\.\d+)?px$/);return i?+i[1]:void 0}function mi(t,e,n,i){return{x:t.x+n*(e.x-t.x),y:t.y+n*(e.y-t.y)}}function xm(t,e,n,i){return{x:t.x+n*(e.x-t.x),y:i==="middle"?n<.5?t.y:e.y:i==="after"?n<1?t.y:e.y:n>0?e.y:t.y}}function Sm(t,e,n,i){const r={x:t.cp2x,y:t.cp2y},s={x:e.cp1x,y:e.cp1y},a=mi(t,r,n),o=mi(r,s,n),l=mi(s,e,n),u=mi(a,o,n),d=mi(o,l,n);return mi(u,d,n)}const Mm=function(t,e){return{x(n){return t+t+e-n},setWidth(n){e=n},textAlign(n){return n==="center"?n:n==="right"?"left":"right"},xPlus(n,i){return n-i},leftForLtr(n,i){return n-i}}},Em=function(){return{x(t){return t},setWidth(t){},textAlign(t){return t},xPlus(t,e){return t+e},leftForLtr(t,e){return t}}};function Hi(t,e,n){return t?Mm(e,n):Em()}function Vc(t,e){let n,i;(e==="ltr"||e==="rtl")&&(n=t.canvas.style,i=[n.getPropertyValue("direction"),n.getPropertyPriority("direction")],n.setProperty("direction",e,"important"),t.prevTextDirection=i)}function Wc(t,e){e!==void 0&&(delete t.prevTextDirection,t.canvas.style.setProperty("direction",e[0],e[1]))}function Hc(t){return t==="angle"?{between:Ec,compare:Mp,normalize:Qn}:{between:wi,compare:(e,n)=>e-n,normalize:e=>e}}function wl({start:t,end:e,count:n,loop:i,style:r}){return{start:t%n,end:e%n,loop:i&&(e-t+1)%n===0,style:r}}function Am(t,e,n){const{property:i,start:r,end:s}=n,{between:a,normalize:o}=Hc(i),l=e.length;let{start:u,end:d,loop:h}=t,f,g;if(h){for(u+=l,d+=l,f=0,g=l;f<g&&a(o(e[u%l][i]),r,s);++f)u--,d--;u%=l,d%=l}return d<u&&(d+=l),{start:u,end:d,loop:h,style:t.style}}function Dm(t,e,n){if(!n)return[t];const{property:i,start:r,end:s}=n,a=e.length,{compare:o,between:l,normalize:u}=Hc(i),{start:d,end:h,loop:f,style:g}=Am(t,e,n),v=[];let b=!1,_=null,k,M,T;const L=()=>l(r,T,k)&&o(r,T)!==0,C=()=>o(s,k)===0||l(s,T,k),F=()=>b||L(),z=()=>!b||C();for(let R=d,E=d;R<=h;++R)M=e[R%a],!M.skip&&(k=u(M[i]),k!==T&&(b=l(k,r,s),_===null&&F()&&(_=o(k,r)===0?R:E),_!==null&&z()&&(v.push(wl({start:_,end:R,loop:f,count:a,style:g})),_=null),E=R,T=k));return _!==null&&v.push(wl({start:_,end:h,loop:f,count:a,style:g})),v}function Tm(t,e){const n=[],i=t.segments;for(let r=0;r<i.length;r++){const s=Dm(i[r],t.points,e);s.length&&n.push(...s)}return n}function Om(t,e,n,i){let r=0,s=e-1;if(n&&!i)for(;r<e&&!t[r].skip;)r++;for(;r<e&&t[r].skip;)r++;for(r%=e,n&&(s+=r);s>r&&t[s%e].skip;)s--;return s%=e,{start:r,end:s}}function Cm(t,e,n,i){const r=t.length,s=[];let a=e,o=t[e],l;for(l=e+1;l<=n;++l){const u=t[l%r];u.skip||u.stop?o.skip||(i=!1,s.push({start:e%r,end:(l-1)%r,loop:i}),e=a=u.stop?l:null):(a=l,o.skip&&(e=l)),o=u}return a!==null&&s.push({start:e%r,end:a%r,loop:i}),s}function $m(t,e){const n=t.points,i=t.options.spanGaps,r=n.length;if(!r)return[];const s=!!t._loop,{start:a,end:o}=Om(n,r,s,i);if(i===!0)return kl(t,[{start:a,end:o,loop:s}],n,e);const l=o<a?o+r:o,u=!!t._fullLoop&&a===0&&o===r-1;return kl(t,Cm(n,a,l,u),n,e)}function kl(t,e,n,i){return!i||!i.setContext||!n?e:Pm(t,e,n,i)}function Pm(t,e,n,i){const r=t._chart.getContext(),s=xl(t.options),{_datasetIndex:a,options:{spanGaps:o}}=t,l=n.length,u=[];let d=s,h=e[0].start,f=h;function g(v,b,_,k){const M=o?-1:1;if(v!==b){for(v+=l;n[v%l].skip;)v-=M;for(;n[b%l].skip;)b+=M;v%l!==b%l&&(u.push({start:v%l,end:b%l,loop:_,style:k}),d=k,h=b%l)}}for(const v of e){h=o?h:v.start;let b=n[h%l],_;for(f=h+1;f<=v.end;f++){const k=n[f%l];_=xl(i.setContext(Oi(r,{type:"segment",p0:b,p1:k,p0DataIndex:(f-1)%l,p1DataIndex:f%l,datasetIndex:a}))),Lm(_,d)&&g(h,f-1,v.loop,d),b=k,d=_}h<f-1&&g(h,f-1,v.loop,d)}return u}function xl(t){return{backgroundColor:t.backgroundColor,borderCapStyle:t.borderCapStyle,borderDash:t.borderDash,borderDashOffset:t.borderDashOffset,borderJoinStyle:t.borderJoinStyle,borderWidth:t.borderWidth,borderColor:t.borderColor}}function Lm(t,e){if(!e)return!1;const n=[],i=function(r,s){return go(s)?(n.includes(s)||n.push(s),n.indexOf(s)):s};return JSON.stringify(t,i)!==JSON.stringify(e,i)}function ps(t,e,n){return t.options.clip?t[n]:e[n]}function Im(t,e){const{xScale:n,yScale:i}=t;return n&&i?{left:ps(n,e,"left"),right:ps(n,e,"right"),top:ps(i,e,"top"),bottom:ps(i,e,"bottom")}:e}function zm(t,e){const n=e._clip;if(n.disabled)return!1;const i=Im(e,t.chartArea);return{left:n.left===!1?0:i.left-(n.left===!0?0:n.left),right:n.right===!1?t.width:i.right+(n.right===!0?0:n.right),top:n.top===!1?0:i.top-(n.top===!0?0:n.top),bottom:n.bottom===!1?t.height:i.bottom+(n.bottom===!0?0:n.bottom)}}class Rm{constructor(){this._request=null,this._charts=new Map,this._running=!1,this._lastDate=void 0}_notify(e,n,i,r){const s=n.listeners[r],a=n.duration;s.forEach(o=>o({chart:e,initial:n.initial,numSteps:a,currentStep:Math.min(i-n.start,a)}))}_refresh(){this._request||(this._running=!0,this._request=Tc.call(window,()=>{this._update(),this._request=null,this._running&&this._refresh()}))}_update(e=Date.now()){let n=0;this._charts.forEach((i,r)=>{if(!i.running||!i.items.length)return;const s=i.items;let a=s.length-1,o=!1,l;for(;a>=0;--a)l=s[a],l._active?(l._total>i.duration&&(i.duration=l._total),l.tick(e),o=!0):(s[a]=s[s.length-1],s.pop());o&&(r.draw(),this._notify(r,i,e,"progress")),s.length||(i.running=!1,this._notify(r,i,e,"complete"),i.initial=!1),n+=s.length}),this._lastDate=e,n===0&&(this._running=!1)}_getAnims(e){const n=this._charts;let i=n.get(e);return i||(i={running:!1,initial:!0,items:[],listeners:{complete:[],progress:[]}},n.set(e,i)),i}listen(e,n,i){this._getAnims(e).listeners[n].push(i)}add(e,n){!n||!n.length||this._getAnims(e).items.push(...n)}has(e){return this._getAnims(e).items.length>0}start(e){const n=this._charts.get(e);n&&(n.running=!0,n.start=Date.now(),n.duration=n.items.reduce((i,r)=>Math.max(i,r._duration),0),this._refresh())}running(e){if(!this._running)return!1;const n=this._charts.get(e);return!(!n||!n.running||!n.items.length)}stop(e){const n=this._charts.get(e);if(!n||!n.items.length)return;const i=n.items;let r=i.length-1;for(;r>=0;--r)i[r].cancel();n.items=[],this._notify(e,n,Date.now(),"complete")}remove(e){return this._charts.delete(e)}}var jn=new Rm;const Sl="transparent",Fm={boolean(t,e,n){return n>.5?e:t},color(t,e,n){const i=fl(t||Sl),r=i.valid&&fl(e||Sl);return r&&r.valid?r.mix(i,n).hexString():e},number(t,e,n){return t+(e-t)*n}};class jm{constructor(e,n,i,r){const s=n[i];r=fs([e.to,r,s,e.from]);const a=fs([e.from,s,r]);this._active=!0,this._fn=e.fn||Fm[e.type||typeof a],this._easing=Er[e.easing]||Er.linear,this._start=Math.floor(Date.now()+(e.delay||0)),this._duration=this._total=Math.floor(e.duration),this._loop=!!e.loop,this._target=n,this._prop=i,this._from=a,this._to=r,this._promises=void 0}active(){return this._active}update(e,n,i){if(this._active){this._notify(!1);const r=this._target[this._prop],s=i-this._start,a=this._duration-s;this._start=i,this._duration=Math.floor(Math.max(a,e.duration)),this._total+=s,this._loop=!!e.loop,this._to=fs([e.to,n,r,e.from]),this._from=fs([e.from,r,n])}}cancel(){this._active&&(this.tick(Date.now()),this._active=!1,this._notify(!1))}tick(e){const n=e-this._start,i=this._duration,r=this._prop,s=this._from,a=this._loop,o=this._to;let l;if(this._active=s!==o&&(a||n<i),!this._active){this._target[r]=o,this._notify(!0);return}if(n<0){this._target[r]=s;return}l=n/i%2,l=a&&l>1?2-l:l,l=this._easing(Math.min(1,Math.max(0,l))),this._target[r]=this._fn(s,o,l)}wait(){const e=this._promises||(this._promises=[]);return new Promise((n,i)=>{e.push({res:n,rej:i})})}_notify(e){const n=e?"res":"rej",i=this._promises||[];for(let r=0;r<i.length;r++)i[r][n]()}}class qc{constructor(e,n){this._chart=e,this._properties=new Map,this.configure(n)}configure(e){if(!Le(e))return;const n=Object.keys(St.animation),i=this._properties;Object.getOwnPropertyNames(e).forEach(r=>{const s=e[r];if(!Le(s))return;const a={};for(const o of n)a[o]=s[o];(Pt(s.properties)&&s.properties||[r]).forEach(o=>{(o===r||!i.has(o))&&i.set(o,a)})})}_animateOptions(e,n){const i=n.options,r=Bm(e,i);if(!r)return[];const s=this._createAnimations(r,i);return i.$shared&&Nm(e.options.$animations,i).then(()=>{e.options=i},()=>{}),s}_createAnimations(e,n){const i=this._properties,r=[],s=e.$animations||(e.$animations={}),a=Object.keys(n),o=Date.now();let l;for(l=a.length-1;l>=0;--l){const u=a[l];if(u.charAt(0)==="$")continue;if(u==="options"){r.push(...this._animateOptions(e,n));continue}const d=n[u];let h=s[u];const f=i.get(u);if(h)if(f&&h.active()){h.update(f,d,o);continue}else h.cancel();if(!f||!f.duration){e[u]=d;continue}s[u]=h=new jm(f,e,u,d),r.push(h)}return r}update(e,n){if(this._properties.size===0){Object.assign(e,n);return}const i=this._createAnimations(e,n);if(i.length)return jn.add(this._chart,i),!0}}function Nm(t,e){const n=[],i=Object.keys(e);for(let r=0;r<i.length;r++){const s=t[i[r]];s&&s.active()&&n.push(s.wait())}return Promise.all(n)}function Bm(t,e){if(!e)return;let n=t.options;if(!n){t.options=e;return}return n.$shared&&(t.options=n=Object.assign({},n,{$shared:!1,$animations:{}})),n}function Ml(t,e){const n=t&&t.options||{},i=n.reverse,r=n.min===void 0?e:0,s=n.max===void 0?e:0;return{start:i?s:r,end:i?r:s}}function Vm(t,e,n){if(n===!1)return!1;const i=Ml(t,n),r=Ml(e,n);return{top:r.end,right:i.end,bottom:r.start,left:i.start}}function Wm(t){let e,n,i,r;return Le(t)?(e=t.top,n=t.right,i=t.bottom,r=t.left):e=n=i=r=t,{top:e,right:n,bottom:i,left:r,disabled:t===!1}}function Kc(t,e){const n=[],i=t._getSortedDatasetMetas(e);let r,s;for(r=0,s=i.length;r<s;++r)n.push(i[r].index);return n}function El(t,e,n,i={}){const r=t.keys,s=i.mode==="single";let a,o,l,u;if(e===null)return;let d=!1;for(a=0,o=r.length;a<o;++a){if(l=+r[a],l===n){if(d=!0,i.all)continue;break}u=t.values[l],cn(u)&&(s||e===0||$n(e)===$n(u))&&(e+=u)}return!d&&!i.all?0:e}function Hm(t,e){const{iScale:n,vScale:i}=e,r=n.axis==="x"?"x":"y",s=i.axis==="x"?"x":"y",a=Object.keys(t),o=new Array(a.length);let l,u,d;for(l=0,u=a.length;l<u;++l)d=a[l],o[l]={[r]:d,[s]:t[d]};return o}function va(t,e){const n=t&&t.options.stacked;return n||n===void 0&&e.stack!==void 0}function qm(t,e,n){return`${t.id}.${e.id}.${n.stack||n.type}`}function Km(t){const{min:e,max:n,minDefined:i,maxDefined:r}=t.getUserBounds();return{min:i?e:Number.NEGATIVE_INFINITY,max:r?n:Number.POSITIVE_INFINITY}}function Um(t,e,n){const i=t[e]||(t[e]={});return i[n]||(i[n]={})}function Al(t,e,n,i){for(const r of e.getMatchingVisibleMetas(i).reverse()){const s=t[r.index];if(n&&s>0||!n&&s<0)return r.index}return null}function Dl(t,e){const{chart:n,_cachedMeta:i}=t,r=n._stacks||(n._stacks={}),{iScale:s,vScale:a,index:o}=i,l=s.axis,u=a.axis,d=qm(s,a,i),h=e.length;let f;for(let g=0;g<h;++g){const v=e[g],{[l]:b,[u]:_}=v,k=v._stacks||(v._stacks={});f=k[u]=Um(r,d,b),f[o]=_,f._top=Al(f,a,!0,i.type),f._bottom=Al(f,a,!1,i.type);const M=f._visualValues||(f._visualValues={});M[o]=_}}function _a(t,e){const n=t.scales;return Object.keys(n).filter(i=>n[i].axis===e).shift()}function Ym(t,e){return Oi(t,{active:!1,dataset:void 0,datasetIndex:e,index:e,mode:"default",type:"dataset"})}function Zm(t,e,n){return Oi(t,{active:!1,dataIndex:e,parsed:void 0,raw:void 0,element:n,index:e,mode:"default",type:"data"})}function ur(t,e){const n=t.controller.index,i=t.vScale&&t.vScale.axis;if(i){e=e||t._parsed;for(const r of e){const s=r._stacks;!s||s[i]===void 0||s[i][n]===void 0||(delete s[i][n],s[i]._visualValues!==void 0&&s[i]._visualValues[n]!==void 0&&delete s[i]._visualValues[n])}}}const ba=t=>t==="reset"||t==="none",Tl=(t,e)=>e?t:Object.assign({},t),Gm=(t,e,n)=>t&&!e.hidden&&e._stacked&&{keys:Kc(n,!0),values:null};class ko{static defaults={};static datasetElementType=null;static dataElementType=null;constructor(e,n){this.chart=e,this._ctx=e.ctx,this.index=n,this._cachedDataOpts={},this._cachedMeta=this.getMeta(),this._type=this._cachedMeta.type,this.options=void 0,this._parsing=!1,this._data=void 0,this._objectData=void 0,this._sharedOptions=void 0,this._drawStart=void 0,this._drawCount=void 0,this.enableOptionSharing=!1,this.supportsDecimation=!1,this.$context=void 0,this._syncList=[],this.datasetElementType=new.target.datasetElementType,this.dataElementType=new.target.dataElementType,this.initialize()}initialize(){const e=this._cachedMeta;this.configure(),this.linkScales(),e._stacked=va(e.vScale,e),this.addElements(),this.options.fill&&!this.chart.isPluginEnabled("filler")&&console.warn("Tried to use the 'fill' option without the 'Filler' plugin enabled. Please import and register the 'Filler' plugin and make sure it is not disabled in the options")}updateIndex(e){this.index!==e&&ur(this._cachedMeta),this.index=e}linkScales(){const e=this.chart,n=this._cachedMeta,i=this.getDataset(),r=(h,f,g,v)=>h==="x"?f:h==="r"?v:g,s=n.xAxisID=Ae(i.xAxisID,_a(e,"x")),a=n.yAxisID=Ae(i.yAxisID,_a(e,"y")),o=n.rAxisID=Ae(i.rAxisID,_a(e,"r")),l=n.indexAxis,u=n.iAxisID=r(l,s,a,o),d=n.vAxisID=r(l,a,s,o);n.xScale=this.getScaleForId(s),n.yScale=this.getScaleForId(a),n.rScale=this.getScaleForId(o),n.iScale=this.getScaleForId(u),n.vScale=this.getScaleForId(d)}getDataset(){return this.chart.data.datasets[this.index]}getMeta(){return this.chart.getDatasetMeta(this.index)}getScaleForId(e){return this.chart.scales[e]}_getOtherScale(e){const n=this._cachedMeta;return e===n.iScale?n.vScale:n.iScale}reset(){this._update("reset")}_destroy(){const e=this._cachedMeta;this._data&&cl(this._data,this),e._stacked&&ur(e)}_dataCheck(){const e=this.getDataset(),n=e.data||(e.data=[]),i=this._data;if(Le(n)){const r=this._cachedMeta;this._data=Hm(n,r)}else if(i!==n){if(i){cl(i,this);const r=this._cachedMeta;ur(r),r._parsed=[]}n&&Object.isExtensible(n)&&Tp(n,this),this._syncList=[],this._data=n}}addElements(){const e=this._cachedMeta;this._dataCheck(),this.datasetElementType&&(e.dataset=new this.datasetElementType)}buildOrUpdateElements(e){const n=this._cachedMeta,i=this.getDataset();let r=!1;this._dataCheck();const s=n._stacked;n._stacked=va(n.vScale,n),n.stack!==i.stack&&(r=!0,ur(n),n.stack=i.stack),this._resyncElements(e),(r||s!==n._stacked)&&(Dl(this,n._parsed),n._stacked=va(n.vScale,n))}configure(){const e=this.chart.config,n=e.datasetScopeKeys(this._type),i=e.getOptionScopes(this.getDataset(),n,!0);this.options=e.createResolver(i,this.getContext()),this._parsing=this.options.parsing,this._cachedDataOpts={}}parse(e,n){const{_cachedMeta:i,_data:r}=this,{iScale:s,_stacked:a}=i,o=s.axis;let l=e===0&&n===r.length?!0:i._sorted,u=e>0&&i._parsed[e-1],d,h,f;if(this._parsing===!1)i._parsed=r,i._sorted=!0,f=r;else{Pt(r[e])?f=this.parseArrayData(i,r,e,n):Le(r[e])?f=this.parseObjectData(i,r,e,n):f=this.parsePrimitiveData(i,r,e,n);const g=()=>h[o]===null||u&&h[o]<u[o];for(d=0;d<n;++d)i._parsed[d+e]=h=f[d],l&&(g()&&(l=!1),u=h);i._sorted=l}a&&Dl(this,f)}parsePrimitiveData(e,n,i,r){const{iScale:s,vScale:a}=e,o=s.axis,l=a.axis,u=s.getLabels(),d=s===a,h=new Array(r);let f,g,v;for(f=0,g=r;f<g;++f)v=f+i,h[f]={[o]:d||s.parse(u[v],v),[l]:a.parse(n[v],v)};return h}parseArrayData(e,n,i,r){const{xScale:s,yScale:a}=e,o=new Array(r);let l,u,d,h;for(l=0,u=r;l<u;++l)d=l+i,h=n[d],o[l]={x:s.parse(h[0],d),y:a.parse(h[1],d)};return o}parseObjectData(e,n,i,r){const{xScale:s,yScale:a}=e,{xAxisKey:o="x",yAxisKey:l="y"}=this._parsing,u=new Array(r);let d,h,f,g;for(d=0,h=r;d<h;++d)f=d+i,g=n[f],u[d]={x:s.parse(Xi(g,o),f),y:a.parse(Xi(g,l),f)};return u}getParsed(e){return this._cachedMeta._parsed[e]}getDataElement(e){return this._cachedMeta.data[e]}applyStack(e,n,i){const r=this.chart,s=this._cachedMeta,a=n[e.axis],o={keys:Kc(r,!0),values:n._stacks[e.axis]._visualValues};return El(o,a,s.index,{mode:i})}updateRangeFromParsed(e,n,i,r){const s=i[n.axis];let a=s===null?NaN:s;const o=r&&i._stacks[n.axis];r&&o&&(r.values=o,a=El(r,s,this._cachedMeta.index)),e.min=Math.min(e.min,a),e.max=Math.max(e.max,a)}getMinMax(e,n){const i=this._cachedMeta,r=i._parsed,s=i._sorted&&e===i.iScale,a=r.length,o=this._getOtherScale(e),l=Gm(n,i,this.chart),u={min:Number.POSITIVE_INFINITY,max:Number.NEGATIVE_INFINITY},{min:d,max:h}=Km(o);let f,g;function v(){g=r[f];const b=g[o.axis];return!cn(g[e.axis])||d>b||h<b}for(f=0;f<a&&!(!v()&&(this.updateRangeFromParsed(u,e,g,l),s));++f);if(s){for(f=a-1;f>=0;--f)if(!v()){this.updateRangeFromParsed(u,e,g,l);break}}return u}getAllParsedValues(e){const n=this._cachedMeta._parsed,i=[];let r,s,a;for(r=0,s=n.length;r<s;++r)a=n[r][e.axis],cn(a)&&i.push(a);return i}getMaxOverflow(){return!1}getLabelAndValue(e){const n=this._cachedMeta,i=n.iScale,r=n.vScale,s=this.getParsed(e);return{label:i?""+i.getLabelForValue(s[i.axis]):"",value:r?""+r.getLabelForValue(s[r.axis]):""}}_update(e){const n=this._cachedMeta;this.update(e||"default"),n._clip=Wm(Ae(this.options.clip,Vm(n.xScale,n.yScale,this.getMaxOverflow())))}update(e){}draw(){const e=this._ctx,n=this.chart,i=this._cachedMeta,r=i.data||[],s=n.chartArea,a=[],o=this._drawStart||0,l=this._drawCount||r.length-o,u=this.options.drawActiveElementsOnTop;let d;for(i.dataset&&i.dataset.draw(e,s,o,l),d=o;d<o+l;++d){const h=r[d];h.hidden||(h.active&&u?a.push(h):h.draw(e,s))}for(d=0;d<a.length;++d)a[d].draw(e,s)}getStyle(e,n){const i=n?"active":"default";return e===void 0&&this._cachedMeta.dataset?this.resolveDatasetElementOptions(i):this.resolveDataElementOptions(e||0,i)}getContext(e,n,i){const r=this.getDataset();let s;if(e>=0&&e<this._cachedMeta.data.length){const a=this._cachedMeta.data[e];s=a.$context||(a.$context=Zm(this.getContext(),e,a)),s.parsed=this.getParsed(e),s.raw=r.data[e],s.index=s.dataIndex=e}else s=this.$context||(this.$context=Ym(this.chart.getContext(),this.index)),s.dataset=r,s.index=s.datasetIndex=this.index;return s.active=!!n,s.mode=i,s}resolveDatasetElementOptions(e){return this._resolveElementOptions(this.datasetElementType.id,e)}resolveDataElementOptions(e,n){return this._resolveElementOptions(this.dataElementType.id,n,e)}_resolveElementOptions(e,n="default",i){const r=n==="active",s=this._cachedDataOpts,a=e+"-"+n,o=s[a],l=this.enableOptionSharing&&zr(i);if(o)return Tl(o,l);const u=this.chart.config,d=u.datasetElementScopeKeys(this._type,e),h=r?[`${e}Hover`,"hover",e,""]:[e,""],f=u.getOptionScopes(this.getDataset(),d),g=Object.keys(St.elements[e]),v=()=>this.getContext(i,r,n),b=u.resolveNamedOptions(f,g,v,h);return b.$shared&&(b.$shared=l,s[a]=Object.freeze(Tl(b,l))),b}_resolveAnimations(e,n,i){const r=this.chart,s=this._cachedDataOpts,a=`animation-${n}`,o=s[a];if(o)return o;let l;if(r.options.animation!==!1){const d=this.chart.config,h=d.datasetAnimationScopeKeys(this._type,n),f=d.getOptionScopes(this.getDataset(),h);l=d.createResolver(f,this.getContext(e,i,n))}const u=new qc(r,l&&l.animations);return l&&l._cacheable&&(s[a]=Object.freeze(u)),u}getSharedOptions(e){if(e.$shared)return this._sharedOptions||(this._sharedOptions=Object.assign({},e))}includeOptions(e,n){return!n||ba(e)||this.chart._animationsDisabled}_getSharedOptions(e,n){const i=this.resolveDataElementOptions(e,n),r=this._sharedOptions,s=this.getSharedOptions(i),a=this.includeOptions(n,s)||s!==r;return this.updateSharedOptions(s,n,i),{sharedOptions:s,includeOptions:a}}updateElement(e,n,i,r){ba(r)?Object.assign(e,i):this._resolveAnimations(n,r).update(e,i)}updateSharedOptions(e,n,i){e&&!ba(n)&&this._resolveAnimations(void 0,n).update(e,i)}_setStyle(e,n,i,r){e.active=r;const s=this.getStyle(n,r);this._resolveAnimations(n,i,r).update(e,{options:!r&&this.getSharedOptions(s)||s})}removeHoverStyle(e,n,i){this._setStyle(e,i,"active",!1)}setHoverStyle(e,n,i){this._setStyle(e,i,"active",!0)}_removeDatasetHoverStyle(){const e=this._cachedMeta.dataset;e&&this._setStyle(e,void 0,"active",!1)}_setDatasetHoverStyle(){const e=this._cachedMeta.dataset;e&&this._setStyle(e,void 0,"active",!0)}_resyncElements(e){const n=this._data,i=this._cachedMeta.data;for(const[o,l,u]of this._syncList)this[o](l,u);this._syncList=[];const r=i.length,s=n.length,a=Math.min(s,r);a&&this.parse(0,a),s>r?this._insertElements(r,s-r,e):s<r&&this._removeElements(s,r-s)}_insertElements(e,n,i=!0){const r=this._cachedMeta,s=r.data,a=e+n;let o;const l=u=>{for(u.length+=n,o=u.length-1;o>=a;o--)u[o]=u[o-n]};for(l(s),o=e;o<a;++o)s[o]=new this.dataElementType;this._parsing&&l(r._parsed),this.parse(e,n),i&&this.updateElements(s,e,n,"reset")}updateElements(e,n,i,r){}_removeElements(e,n){const i=this._cachedMeta;if(this._parsing){const r=i._parsed.splice(e,n);i._stacked&&ur(i,r)}i.data.splice(e,n)}_sync(e){if(this._parsing)this._syncList.push(e);else{const[n,i,r]=e;this[n](i,r)}this.chart._dataChanges.push([this.index,...e])}_onDataPush(){const e=arguments.length;this._sync(["_insertElements",this.getDataset().data.length-e,e])}_onDataPop(){this._sync(["_removeElements",this._cachedMeta.data.length-1,1])}_onDataShift(){this._sync(["_removeElements",0,1])}_onDataSplice(e,n){n&&this._sync(["_removeElements",e,n]);const i=arguments.length-2;i&&this._sync(["_insertElements",e,i])}_onDataUnshift(){this._sync(["_insertElements",0,arguments.length])}}function Xm(t,e){if(!t._cache.$bar){const n=t.getMatchingVisibleMetas(e);let i=[];for(let r=0,s=n.length;r<s;r++)i=i.concat(n[r].controller.getAllParsedValues(t));t._cache.$bar=Dc(i.sort((r,s)=>r-s))}return t._cache.$bar}function Qm(t){const e=t.iScale,n=Xm(e,t.type);let i=e._length,r,s,a,o;const l=()=>{a===32767||a===-32768||(zr(o)&&(i=Math.min(i,Math.abs(a-o)||i)),o=a)};for(r=0,s=n.length;r<s;++r)a=e.getPixelForValue(n[r]),l();for(o=void 0,r=0,s=e.ticks.length;r<s;++r)a=e.getPixelForTick(r),l();return i}function Jm(t,e,n,i){const r=n.barThickness;let s,a;return He(r)?(s=e.min*n.categoryPercentage,a=n.barPercentage):(s=r*i,a=1),{chunk:s/i,ratio:a,start:e.pixels[t]-s/2}}function ev(t,e,n,i){const r=e.pixels,s=r[t];let a=t>0?r[t-1]:null,o=t<r.length-1?r[t+1]:null;const l=n.categoryPercentage;a===null&&(a=s-(o===null?e.end-e.start:o-s)),o===null&&(o=s+s-a);const u=s-(s-Math.min(a,o))/2*l;return{chunk:Math.abs(o-a)/2*l/i,ratio:n.barPercentage,start:u}}function tv(t,e,n,i){const r=n.parse(t[0],i),s=n.parse(t[1],i),a=Math.min(r,s),o=Math.max(r,s);let l=a,u=o;Math.abs(a)>Math.abs(o)&&(l=o,u=a),e[n.axis]=u,e._custom={barStart:l,barEnd:u,start:r,end:s,min:a,max:o}}function Uc(t,e,n,i){return Pt(t)?tv(t,e,n,i):e[n.axis]=n.parse(t,i),e}function Ol(t,e,n,i){const r=t.iScale,s=t.vScale,a=r.getLabels(),o=r===s,l=[];let u,d,h,f;for(u=n,d=n+i;u<d;++u)f=e[u],h={},h[r.axis]=o||r.parse(a[u],u),l.push(Uc(f,h,s,u));return l}function ya(t){return t&&t.barStart!==void 0&&t.barEnd!==void 0}function nv(t,e,n){return t!==0?$n(t):(e.isHorizontal()?1:-1)*(e.min>=n?1:-1)}function iv(t){let e,n,i,r,s;return t.horizontal?(e=t.base>t.x,n="left",i="right"):(e=t.base<t.y,n="bottom",i="top"),e?(r="end",s="start"):(r="start",s="end"),{start:n,end:i,reverse:e,top:r,bottom:s}}function rv(t,e,n,i){let r=e.borderSkipped;const s={};if(!r){t.borderSkipped=s;return}if(r===!0){t.borderSkipped={top:!0,right:!0,bottom:!0,left:!0};return}const{start:a,end:o,reverse:l,top:u,bottom:d}=iv(t);r==="middle"&&n&&(t.enableBorderRadius=!0,(n._top||0)===i?r=u:(n._bottom||0)===i?r=d:(s[Cl(d,a,o,l)]=!0,r=u)),s[Cl(r,a,o,l)]=!0,t.borderSkipped=s}function Cl(t,e,n,i){return i?(t=sv(t,e,n),t=$l(t,n,e)):t=$l(t,e,n),t}function sv(t,e,n){return t===e?n:t===n?e:t}function $l(t,e,n){return t==="start"?e:t==="end"?n:t}function av(t,{inflateAmount:e},n){t.inflateAmount=e==="auto"?n===1?.33:0:e}class ov extends ko{static id="bar";static defaults={datasetElementType:!1,dataElementType:"bar",categoryPercentage:.8,barPercentage:.9,grouped:!0,animations:{numbers:{type:"number",properties:["x","y","base","width","height"]}}};static overrides={scales:{_index_:{type:"category",offset:!0,grid:{offset:!0}},_value_:{type:"linear",beginAtZero:!0}}};parsePrimitiveData(e,n,i,r){return Ol(e,n,i,r)}parseArrayData(e,n,i,r){return Ol(e,n,i,r)}parseObjectData(e,n,i,r){const{iScale:s,vScale:a}=e,{xAxisKey:o="x",yAxisKey:l="y"}=this._parsing,u=s.axis==="x"?o:l,d=a.axis==="x"?o:l,h=[];let f,g,v,b;for(f=i,g=i+r;f<g;++f)b=n[f],v={},v[s.axis]=s.parse(Xi(b,u),f),h.push(Uc(Xi(b,d),v,a,f));return h}updateRangeFromParsed(e,n,i,r){super.updateRangeFromParsed(e,n,i,r);const s=i._custom;s&&n===this._cachedMeta.vScale&&(e.min=Math.min(e.min,s.min),e.max=Math.max(e.max,s.max))}getMaxOverflow(){return 0}getLabelAndValue(e){const n=this._cachedMeta,{iScale:i,vScale:r}=n,s=this.getParsed(e),a=s._custom,o=ya(a)?"["+a.start+", "+a.end+"]":""+r.getLabelForValue(s[r.axis]);return{label:""+i.getLabelForValue(s[i.axis]),value:o}}initialize(){this.enableOptionSharing=!0,super.initialize();const e=this._cachedMeta;e.stack=this.getDataset().stack}update(e){const n=this._cachedMeta;this.updateElements(n.data,0,n.data.length,e)}updateElements(e,n,i,r){const s=r==="reset",{index:a,_cachedMeta:{vScale:o}}=this,l=o.getBasePixel(),u=o.isHorizontal(),d=this._getRuler(),{sharedOptions:h,includeOptions:f}=this._getSharedOptions(n,r);for(let g=n;g<n+i;g++){const v=this.getParsed(g),b=s||He(v[o.axis])?{base:l,head:l}:this._calculateBarValuePixels(g),_=this._calculateBarIndexPixels(g,d),k=(v._stacks||{})[o.axis],M={horizontal:u,base:b.base,enableBorderRadius:!k||ya(v._custom)||a===k._top||a===k._bottom,x:u?b.head:_.center,y:u?_.center:b.head,height:u?_.size:Math.abs(b.size),width:u?Math.abs(b.size):_.size};f&&(M.options=h||this.resolveDataElementOptions(g,e[g].active?"active":r));const T=M.options||e[g].options;rv(M,T,k,a),av(M,T,d.ratio),this.updateElement(e[g],g,M,r)}}_getStacks(e,n){const{iScale:i}=this._cachedMeta,r=i.getMatchingVisibleMetas(this._type).filter(d=>d.controller.options.grouped),s=i.options.stacked,a=[],o=this._cachedMeta.controller.getParsed(n),l=o&&o[i.axis],u=d=>{const h=d._parsed.find(g=>g[i.axis]===l),f=h&&h[d.vScale.axis];if(He(f)||isNaN(f))return!0};for(const d of r)if(!(n!==void 0&&u(d))&&((s===!1||a.indexOf(d.stack)===-1||s===void 0&&d.stack===void 0)&&a.push(d.stack),d.index===e))break;return a.length||a.push(void 0),a}_getStackCount(e){return this._getStacks(void 0,e).length}_getAxisCount(){return this._getAxis().length}getFirstScaleIdForIndexAxis(){const e=this.chart.scales,n=this.chart.options.indexAxis;return Object.keys(e).filter(i=>e[i].axis===n).shift()}_getAxis(){const e={},n=this.getFirstScaleIdForIndexAxis();for(const i of this.chart.data.datasets)e[Ae(this.chart.options.indexAxis==="x"?i.xAxisID:i.yAxisID,n)]=!0;return Object.keys(e)}_getStackIndex(e,n,i){const r=this._getStacks(e,i),s=n!==void 0?r.indexOf(n):-1;return s===-1?r.length-1:s}_getRuler(){const e=this.options,n=this._cachedMeta,i=n.iScale,r=[];let s,a;for(s=0,a=n.data.length;s<a;++s)r.push(i.getPixelForValue(this.getParsed(s)[i.axis],s));const o=e.barThickness;return{min:o||Qm(n),pixels:r,start:i._startPixel,end:i._endPixel,stackCount:this._getStackCount(),scale:i,grouped:e.grouped,ratio:o?1:e.categoryPercentage*e.barPercentage}}_calculateBarValuePixels(e){const{_cachedMeta:{vScale:n,_stacked:i,index:r},options:{base:s,minBarLength:a}}=this,o=s||0,l=this.getParsed(e),u=l._custom,d=ya(u);let h=l[n.axis],f=0,g=i?this.applyStack(n,l,i):h,v,b;g!==h&&(f=g-h,g=h),d&&(h=u.barStart,g=u.barEnd-u.barStart,h!==0&&$n(h)!==$n(u.barEnd)&&(f=0),f+=h);const _=!He(s)&&!d?s:f;let k=n.getPixelForValue(_);if(this.chart.getDataVisibility(e)?v=n.getPixelForValue(f+g):v=k,b=v-k,Math.abs(b)<a){b=nv(b,n,o)*a,h===o&&(k-=b/2);const M=n.getPixelForDecimal(0),T=n.getPixelForDecimal(1),L=Math.min(M,T),C=Math.max(M,T);k=Math.max(Math.min(k,C),L),v=k+b,i&&!d&&(l._stacks[n.axis]._visualValues[r]=n.getValueForPixel(v)-n.getValueForPixel(k))}if(k===n.getPixelForValue(o)){const M=$n(b)*n.getLineWidthForValue(o)/2;k+=M,b-=M}return{size:b,base:k,head:v,center:v+b/2}}_calculateBarIndexPixels(e,n){const i=n.scale,r=this.options,s=r.skipNull,a=Ae(r.maxBarThickness,1/0);let o,l;const u=this._getAxisCount();if(n.grouped){const d=s?this._getStackCount(e):n.stackCount,h=r.barThickness==="flex"?ev(e,n,r,d*u):Jm(e,n,r,d*u),f=this.chart.options.indexAxis==="x"?this.getDataset().xAxisID:this.getDataset().yAxisID,g=this._getAxis().indexOf(Ae(f,this.getFirstScaleIdForIndexAxis())),v=this._getStackIndex(this.index,this._cachedMeta.stack,s?e:void 0)+g;o=h.start+h.chunk*v+h.chunk/2,l=Math.min(a,h.chunk*h.ratio)}else o=i.getPixelForValue(this.getParsed(e)[i.axis],e),l=Math.min(a,n.min*n.ratio);return{base:o-l/2,head:o+l/2,center:o,size:l}}draw(){const e=this._cachedMeta,n=e.vScale,i=e.data,r=i.length;let s=0;for(;s<r;++s)this.getParsed(s)[n.axis]!==null&&!i[s].hidden&&i[s].draw(this._ctx)}}class lv extends ko{static id="line";static defaults={datasetElementType:"line",dataElementType:"point",showLine:!0,spanGaps:!1};static overrides={scales:{_index_:{type:"category"},_value_:{type:"linear"}}};initialize(){this.enableOptionSharing=!0,this.supportsDecimation=!0,super.initialize()}update(e){const n=this._cachedMeta,{dataset:i,data:r=[],_dataset:s}=n,a=this.chart._animationsDisabled;let{start:o,count:l}=$p(n,r,a);this._drawStart=o,this._drawCount=l,Pp(n)&&(o=0,l=r.length),i._chart=this.chart,i._datasetIndex=this.index,i._decimated=!!s._decimated,i.points=r;const u=this.resolveDatasetElementOptions(e);this.options.showLine||(u.borderWidth=0),u.segment=this.options.segment,this.updateElement(i,void 0,{animated:!a,options:u},e),this.updateElements(r,o,l,e)}updateElements(e,n,i,r){const s=r==="reset",{iScale:a,vScale:o,_stacked:l,_dataset:u}=this._cachedMeta,{sharedOptions:d,includeOptions:h}=this._getSharedOptions(n,r),f=a.axis,g=o.axis,{spanGaps:v,segment:b}=this.options,_=Rr(v)?v:Number.POSITIVE_INFINITY,k=this.chart._animationsDisabled||s||r==="none",M=n+i,T=e.length;let L=n>0&&this.getParsed(n-1);for(let C=0;C<T;++C){const F=e[C],z=k?F:{};if(C<n||C>=M){z.skip=!0;continue}const R=this.getParsed(C),E=He(R[g]),$=z[f]=a.getPixelForValue(R[f],C),V=z[g]=s||E?o.getBasePixel():o.getPixelForValue(l?this.applyStack(o,R,l):R[g],C);z.skip=isNaN($)||isNaN(V)||E,z.stop=C>0&&Math.abs(R[f]-L[f])>_,b&&(z.parsed=R,z.raw=u.data[C]),h&&(z.options=d||this.resolveDataElementOptions(C,F.active?"active":r)),k||this.updateElement(F,C,z,r),L=R}}getMaxOverflow(){const e=this._cachedMeta,n=e.dataset,i=n.options&&n.options.borderWidth||0,r=e.data||[];if(!r.length)return i;const s=r[0].size(this.resolveDataElementOptions(0)),a=r[r.length-1].size(this.resolveDataElementOptions(r.length-1));return Math.max(i,s,a)/2}draw(){const e=this._cachedMeta;e.dataset.updateControlPoints(this.chart.chartArea,e.iScale.axis),super.draw()}}function gi(){throw new Error("This method is not implemented: Check that a complete date adapter is provided.")}class xo{static override(e){Object.assign(xo.prototype,e)}options;constructor(e){this.options=e||{}}init(){}formats(){return gi()}parse(){return gi()}format(){return gi()}add(){return gi()}diff(){return gi()}startOf(){return gi()}endOf(){return gi()}}var uv={_date:xo};function cv(t,e,n,i){const{controller:r,data:s,_sorted:a}=t,o=r._cachedMeta.iScale,l=t.dataset&&t.dataset.options?t.dataset.options.spanGaps:null;if(o&&e===o.axis&&e!=="r"&&a&&s.length){const u=o._reversePixels?Ap:ki;if(i){if(r._sharedOptions){const d=s[0],h=typeof d.getRange=="function"&&d.getRange(e);if(h){const f=u(s,e,n-h),g=u(s,e,n+h);return{lo:f.lo,hi:g.hi}}}}else{const d=u(s,e,n);if(l){const{vScale:h}=r._cachedMeta,{_parsed:f}=t,g=f.slice(0,d.lo+1).reverse().findIndex(b=>!He(b[h.axis]));d.lo-=Math.max(0,g);const v=f.slice(d.hi).findIndex(b=>!He(b[h.axis]));d.hi+=Math.max(0,v)}return d}}return{lo:0,hi:s.length-1}}function Ys(t,e,n,i,r){const s=t.getSortedVisibleDatasetMetas(),a=n[e];for(let o=0,l=s.length;o<l;++o){const{index:u,data:d}=s[o],{lo:h,hi:f}=cv(s[o],e,a,r);for(let g=h;g<=f;++g){const v=d[g];v.skip||i(v,u,g)}}}function dv(t){const e=t.indexOf("x")!==-1,n=t.indexOf("y")!==-1;return function(i,r){const s=e?Math.abs(i.x-r.x):0,a=n?Math.abs(i.y-r.y):0;return Math.sqrt(Math.pow(s,2)+Math.pow(a,2))}}function wa(t,e,n,i,r){const s=[];return!r&&!t.isPointInArea(e)||Ys(t,n,e,function(o,l,u){!r&&!Fr(o,t.chartArea,0)||o.inRange(e.x,e.y,i)&&s.push({element:o,datasetIndex:l,index:u})},!0),s}function hv(t,e,n,i){let r=[];function s(a,o,l){const{startAngle:u,endAngle:d}=a.getProps(["startAngle","endAngle"],i),{angle:h}=Sp(a,{x:e.x,y:e.y});Ec(h,u,d)&&r.push({element:a,datasetIndex:o,index:l})}return Ys(t,n,e,s),r}function fv(t,e,n,i,r,s){let a=[];const o=dv(n);let l=Number.POSITIVE_INFINITY;function u(d,h,f){const g=d.inRange(e.x,e.y,r);if(i&&!g)return;const v=d.getCenterPoint(r);if(!(!!s||t.isPointInArea(v))&&!g)return;const _=o(e,v);_<l?(a=[{element:d,datasetIndex:h,index:f}],l=_):_===l&&a.push({element:d,datasetIndex:h,index:f})}return Ys(t,n,e,u),a}function ka(t,e,n,i,r,s){return!s&&!t.isPointInArea(e)?[]:n==="r"&&!i?hv(t,e,n,r):fv(t,e,n,i,r,s)}function Pl(t,e,n,i,r){const s=[],a=n==="x"?"inXRange":"inYRange";let o=!1;return Ys(t,n,e,(l,u,d)=>{l[a]&&l[a](e[n],r)&&(s.push({element:l,datasetIndex:u,index:d}),o=o||l.inRange(e.x,e.y,r))}),i&&!o?[]:s}var gv={modes:{index(t,e,n,i){const r=pi(e,t),s=n.axis||"x",a=n.includeInvisible||!1,o=n.intersect?wa(t,r,s,i,a):ka(t,r,s,!1,i,a),l=[];return o.length?(t.getSortedVisibleDatasetMetas().forEach(u=>{const d=o[0].index,h=u.data[d];h&&!h.skip&&l.push({element:h,datasetIndex:u.index,index:d})}),l):[]},dataset(t,e,n,i){const r=pi(e,t),s=n.axis||"xy",a=n.includeInvisible||!1;let o=n.intersect?wa(t,r,s,i,a):ka(t,r,s,!1,i,a);if(o.length>0){const l=o[0].datasetIndex,u=t.getDatasetMeta(l).data;o=[];for(let d=0;d<u.length;++d)o.push({element:u[d],datasetIndex:l,index:d})}return o},point(t,e,n,i){const r=pi(e,t),s=n.axis||"xy",a=n.includeInvisible||!1;return wa(t,r,s,i,a)},nearest(t,e,n,i){const r=pi(e,t),s=n.axis||"xy",a=n.includeInvisible||!1;return ka(t,r,s,n.intersect,i,a)},x(t,e,n,i){const r=pi(e,t);return Pl(t,r,"x",n.intersect,i)},y(t,e,n,i){const r=pi(e,t);return Pl(t,r,"y",n.intersect,i)}}};const Yc=["left","top","right","bottom"];function cr(t,e){return t.filter(n=>n.pos===e)}function Ll(t,e){return t.filter(n=>Yc.indexOf(n.pos)===-1&&n.box.axis===e)}function dr(t,e){return t.sort((n,i)=>{const r=e?i:n,s=e?n:i;return r.weight===s.weight?r.index-s.index:r.weight-s.weight})}function pv(t){const e=[];let n,i,r,s,a,o;for(n=0,i=(t||[]).length;n<i;++n)r=t[n],{position:s,options:{stack:a,stackWeight:o=1}}=r,e.push({index:n,box:r,pos:s,horizontal:r.isHorizontal(),weight:r.weight,stack:a&&s+a,stackWeight:o});return e}function mv(t){const e={};for(const n of t){const{stack:i,pos:r,stackWeight:s}=n;if(!i||!Yc.includes(r))continue;const a=e[i]||(e[i]={count:0,placed:0,weight:0,size:0});a.count++,a.weight+=s}return e}function vv(t,e){const n=mv(t),{vBoxMaxWidth:i,hBoxMaxHeight:r}=e;let s,a,o;for(s=0,a=t.length;s<a;++s){o=t[s];const{fullSize:l}=o.box,u=n[o.stack],d=u&&o.stackWeight/u.weight;o.horizontal?(o.width=d?d*i:l&&e.availableWidth,o.height=r):(o.width=i,o.height=d?d*r:l&&e.availableHeight)}return n}function _v(t){const e=pv(t),n=dr(e.filter(u=>u.box.fullSize),!0),i=dr(cr(e,"left"),!0),r=dr(cr(e,"right")),s=dr(cr(e,"top"),!0),a=dr(cr(e,"bottom")),o=Ll(e,"x"),l=Ll(e,"y");return{fullSize:n,leftAndTop:i.concat(s),rightAndBottom:r.concat(l).concat(a).concat(o),chartArea:cr(e,"chartArea"),vertical:i.concat(r).concat(l),horizontal:s.concat(a).concat(o)}}function Il(t,e,n,i){return Math.max(t[n],e[n])+Math.max(t[i],e[i])}function Zc(t,e){t.top=Math.max(t.top,e.top),t.left=Math.max(t.left,e.left),t.bottom=Math.max(t.bottom,e.bottom),t.right=Math.max(t.right,e.right)}function bv(t,e,n,i){const{pos:r,box:s}=n,a=t.maxPadding;if(!Le(r)){n.size&&(t[r]-=n.size);const h=i[n.stack]||{size:0,count:1};h.size=Math.max(h.size,n.horizontal?s.height:s.width),n.size=h.size/h.count,t[r]+=n.size}s.getPadding&&Zc(a,s.getPadding());const o=Math.max(0,e.outerWidth-Il(a,t,"left","right")),l=Math.max(0,e.outerHeight-Il(a,t,"top","bottom")),u=o!==t.w,d=l!==t.h;return t.w=o,t.h=l,n.horizontal?{same:u,other:d}:{same:d,other:u}}function yv(t){const e=t.maxPadding;function n(i){const r=Math.max(e[i]-t[i],0);return t[i]+=r,r}t.y+=n("top"),t.x+=n("left"),n("right"),n("bottom")}function wv(t,e){const n=e.maxPadding;function i(r){const s={left:0,top:0,right:0,bottom:0};return r.forEach(a=>{s[a]=Math.max(e[a],n[a])}),s}return i(t?["left","right"]:["top","bottom"])}function _r(t,e,n,i){const r=[];let s,a,o,l,u,d;for(s=0,a=t.length,u=0;s<a;++s){o=t[s],l=o.box,l.update(o.width||e.w,o.height||e.h,wv(o.horizontal,e));const{same:h,other:f}=bv(e,n,o,i);u|=h&&r.length,d=d||f,l.fullSize||r.push(o)}return u&&_r(r,e,n,i)||d}function ms(t,e,n,i,r){t.top=n,t.left=e,t.right=e+i,t.bottom=n+r,t.width=i,t.height=r}function zl(t,e,n,i){const r=n.padding;let{x:s,y:a}=e;for(const o of t){const l=o.box,u=i[o.stack]||{placed:0,weight:1},d=o.stackWeight/u.weight||1;if(o.horizontal){const h=e.w*d,f=u.size||l.height;zr(u.start)&&(a=u.start),l.fullSize?ms(l,r.left,a,n.outerWidth-r.right-r.left,f):ms(l,e.left+u.placed,a,h,f),u.start=a,u.placed+=h,a=l.bottom}else{const h=e.h*d,f=u.size||l.width;zr(u.start)&&(s=u.start),l.fullSize?ms(l,s,r.top,f,n.outerHeight-r.bottom-r.top):ms(l,s,e.top+u.placed,f,h),u.start=s,u.placed+=h,s=l.right}}e.x=s,e.y=a}var ti={addBox(t,e){t.boxes||(t.boxes=[]),e.fullSize=e.fullSize||!1,e.position=e.position||"top",e.weight=e.weight||0,e._layers=e._layers||function(){return[{z:0,draw(n){e.draw(n)}}]},t.boxes.push(e)},removeBox(t,e){const n=t.boxes?t.boxes.indexOf(e):-1;n!==-1&&t.boxes.splice(n,1)},configure(t,e,n){e.fullSize=n.fullSize,e.position=n.position,e.weight=n.weight},update(t,e,n,i){if(!t)return;const r=_n(t.options.layout.padding),s=Math.max(e-r.width,0),a=Math.max(n-r.height,0),o=_v(t.boxes),l=o.vertical,u=o.horizontal;Ze(t.boxes,b=>{typeof b.beforeLayout=="function"&&b.beforeLayout()});const d=l.reduce((b,_)=>_.box.options&&_.box.options.display===!1?b:b+1,0)||1,h=Object.freeze({outerWidth:e,outerHeight:n,padding:r,availableWidth:s,availableHeight:a,vBoxMaxWidth:s/2/d,hBoxMaxHeight:a/2}),f=Object.assign({},r);Zc(f,_n(i));const g=Object.assign({maxPadding:f,w:s,h:a,x:r.left,y:r.top},r),v=vv(l.concat(u),h);_r(o.fullSize,g,h,v),_r(l,g,h,v),_r(u,g,h,v)&&_r(l,g,h,v),yv(g),zl(o.leftAndTop,g,h,v),g.x+=g.w,g.y+=g.h,zl(o.rightAndBottom,g,h,v),t.chartArea={left:g.left,top:g.top,right:g.left+g.w,bottom:g.top+g.h,height:g.h,width:g.w},Ze(o.chartArea,b=>{const _=b.box;Object.assign(_,t.chartArea),_.update(g.w,g.h,{left:0,top:0,right:0,bottom:0})})}};class Gc{acquireContext(e,n){}releaseContext(e){return!1}addEventListener(e,n,i){}removeEventListener(e,n,i){}getDevicePixelRatio(){return 1}getMaximumSize(e,n,i,r){return n=Math.max(0,n||e.width),i=i||e.height,{width:n,height:Math.max(0,r?Math.floor(n/r):i)}}isAttached(e){return!0}updateConfig(e){}}class kv extends Gc{acquireContext(e){return e&&e.getContext&&e.getContext("2d")||null}updateConfig(e){e.options.animation=!1}}const Ms="$chartjs",xv={touchstart:"mousedown",touchmove:"mousemove",touchend:"mouseup",pointerenter:"mouseenter",pointerdown:"mousedown",pointermove:"mousemove",pointerup:"mouseup",pointerleave:"mouseout",pointerout:"mouseout"},Rl=t=>t===null||t==="";function Sv(t,e){const n=t.style,i=t.getAttribute("height"),r=t.getAttribute("width");if(t[Ms]={initial:{height:i,width:r,style:{display:n.display,height:n.height,width:n.width}}},n.display=n.display||"block",n.boxSizing=n.boxSizing||"border-box",Rl(r)){const s=yl(t,"width");s!==void 0&&(t.width=s)}if(Rl(i))if(t.style.height==="")t.height=t.width/(e||2);else{const s=yl(t,"height");s!==void 0&&(t.height=s)}return t}const Xc=km?{passive:!0}:!1;function Mv(t,e,n){t&&t.addEventListener(e,n,Xc)}function Ev(t,e,n){t&&t.canvas&&t.canvas.removeEventListener(e,n,Xc)}function Av(t,e){const n=xv[t.type]||t.type,{x:i,y:r}=pi(t,e);return{type:n,chart:e,native:t,x:i!==void 0?i:null,y:r!==void 0?r:null}}function Ns(t,e){for(const n of t)if(n===e||n.contains(e))return!0}function Dv(t,e,n){const i=t.canvas,r=new MutationObserver(s=>{let a=!1;for(const o of s)a=a||Ns(o.addedNodes,i),a=a&&!Ns(o.removedNodes,i);a&&n()});return r.observe(document,{childList:!0,subtree:!0}),r}function Tv(t,e,n){const i=t.canvas,r=new MutationObserver(s=>{let a=!1;for(const o of s)a=a||Ns(o.removedNodes,i),a=a&&!Ns(o.addedNodes,i);a&&n()});return r.observe(document,{childList:!0,subtree:!0}),r}const jr=new Map;let Fl=0;function Qc(){const t=window.devicePixelRatio;t!==Fl&&(Fl=t,jr.forEach((e,n)=>{n.currentDevicePixelRatio!==t&&e()}))}function Ov(t,e){jr.size||window.addEventListener("resize",Qc),jr.set(t,e)}function Cv(t){jr.delete(t),jr.size||window.removeEventListener("resize",Qc)}function $v(t,e,n){const i=t.canvas,r=i&&wo(i);if(!r)return;const s=Oc((o,l)=>{const u=r.clientWidth;n(o,l),u<r.clientWidth&&n()},window),a=new ResizeObserver(o=>{const l=o[0],u=l.contentRect.width,d=l.contentRect.height;u===0&&d===0||s(u,d)});return a.observe(r),Ov(t,s),a}function xa(t,e,n){n&&n.disconnect(),e==="resize"&&Cv(t)}function Pv(t,e,n){const i=t.canvas,r=Oc(s=>{t.ctx!==null&&n(Av(s,t))},t);return Mv(i,e,r),r}class Lv extends Gc{acquireContext(e,n){const i=e&&e.getContext&&e.getContext("2d");return i&&i.canvas===e?(Sv(e,n),i):null}releaseContext(e){const n=e.canvas;if(!n[Ms])return!1;const i=n[Ms].initial;["height","width"].forEach(s=>{const a=i[s];He(a)?n.removeAttribute(s):n.setAttribute(s,a)});const r=i.style||{};return Object.keys(r).forEach(s=>{n.style[s]=r[s]}),n.width=n.width,delete n[Ms],!0}addEventListener(e,n,i){this.removeEventListener(e,n);const r=e.$proxies||(e.$proxies={}),a={attach:Dv,detach:Tv,resize:$v}[n]||Pv;r[n]=a(e,n,i)}removeEventListener(e,n){const i=e.$proxies||(e.$proxies={}),r=i[n];if(!r)return;({attach:xa,detach:xa,resize:xa}[n]||Ev)(e,n,r),i[n]=void 0}getDevicePixelRatio(){return window.devicePixelRatio}getMaximumSize(e,n,i,r){return wm(e,n,i,r)}isAttached(e){const n=e&&wo(e);return!!(n&&n.isConnected)}}function Iv(t){return!yo()||typeof OffscreenCanvas<"u"&&t instanceof OffscreenCanvas?kv:Lv}let Ci=class{static defaults={};static defaultRoutes=void 0;x;y;active=!1;options;$animations;tooltipPosition(e){const{x:n,y:i}=this.getProps(["x","y"],e);return{x:n,y:i}}hasValue(){return Rr(this.x)&&Rr(this.y)}getProps(e,n){const i=this.$animations;if(!n||!i)return this;const r={};return e.forEach(s=>{r[s]=i[s]&&i[s].active()?i[s]._to:this[s]}),r}};function zv(t,e){const n=t.options.ticks,i=Rv(t),r=Math.min(n.maxTicksLimit||i,i),s=n.major.enabled?jv(e):[],a=s.length,o=s[0],l=s[a-1],u=[];if(a>r)return Nv(e,u,s,a/r),u;const d=Fv(s,e,r);if(a>0){let h,f;const g=a>1?Math.round((l-o)/(a-1)):null;for(vs(e,u,d,He(g)?0:o-g,o),h=0,f=a-1;h<f;h++)vs(e,u,d,s[h],s[h+1]);return vs(e,u,d,l,He(g)?e.length:l+g),u}return vs(e,u,d),u}function Rv(t){const e=t.options.offset,n=t._tickSize(),i=t._length/n+(e?0:1),r=t._maxLength/n;return Math.floor(Math.min(i,r))}function Fv(t,e,n){const i=Bv(t),r=e.length/n;if(!i)return Math.max(r,1);const s=bp(i);for(let a=0,o=s.length-1;a<o;a++){const l=s[a];if(l>r)return l}return Math.max(r,1)}function jv(t){const e=[];let n,i;for(n=0,i=t.length;n<i;n++)t[n].major&&e.push(n);return e}function Nv(t,e,n,i){let r=0,s=n[0],a;for(i=Math.ceil(i),a=0;a<t.length;a++)a===s&&(e.push(t[a]),r++,s=n[r*i])}function vs(t,e,n,i,r){const s=Ae(i,0),a=Math.min(Ae(r,t.length),t.length);let o=0,l,u,d;for(n=Math.ceil(n),r&&(l=r-i,n=l/Math.floor(l/n)),d=s;d<0;)o++,d=Math.round(s+o*n);for(u=Math.max(s,0);u<a;u++)u===d&&(e.push(t[u]),o++,d=Math.round(s+o*n))}function Bv(t){const e=t.length;let n,i;if(e<2)return!1;for(i=t[0],n=1;n<e;++n)if(t[n]-t[n-1]!==i)return!1;return i}const Vv=t=>t==="left"?"right":t==="right"?"left":t,jl=(t,e,n)=>e==="top"||e==="left"?t[e]+n:t[e]-n,Nl=(t,e)=>Math.min(e||t,t);function Bl(t,e){const n=[],i=t.length/e,r=t.length;let s=0;for(;s<r;s+=i)n.push(t[Math.floor(s)]);return n}function Wv(t,e,n){const i=t.ticks.length,r=Math.min(e,i-1),s=t._startPixel,a=t._endPixel,o=1e-6;let l=t.getPixelForTick(r),u;if(!(n&&(i===1?u=Math.max(l-s,a-l):e===0?u=(t.getPixelForTick(1)-l)/2:u=(l-t.getPixelForTick(r-1))/2,l+=r<e?u:-u,l<s-o||l>a+o)))return l}function Hv(t,e){Ze(t,n=>{const i=n.gc,r=i.length/2;let s;if(r>e){for(s=0;s<r;++s)delete n.data[i[s]];i.splice(0,r)}})}function hr(t){return t.drawTicks?t.tickLength:0}function Vl(t,e){if(!t.display)return 0;const n=Ut(t.font,e),i=_n(t.padding);return(Pt(t.text)?t.text.length:1)*n.lineHeight+i.height}function qv(t,e){return Oi(t,{scale:e,type:"scale"})}function Kv(t,e,n){return Oi(t,{tick:n,index:e,type:"tick"})}function Uv(t,e,n){let i=Cc(t);return(n&&e!=="right"||!n&&e==="right")&&(i=Vv(i)),i}function Yv(t,e,n,i){const{top:r,left:s,bottom:a,right:o,chart:l}=t,{chartArea:u,scales:d}=l;let h=0,f,g,v;const b=a-r,_=o-s;if(t.isHorizontal()){if(g=Qt(i,s,o),Le(n)){const k=Object.keys(n)[0],M=n[k];v=d[k].getPixelForValue(M)+b-e}else n==="center"?v=(u.bottom+u.top)/2+b-e:v=jl(t,n,e);f=o-s}else{if(Le(n)){const k=Object.keys(n)[0],M=n[k];g=d[k].getPixelForValue(M)-_+e}else n==="center"?g=(u.left+u.right)/2-_+e:g=jl(t,n,e);v=Qt(i,a,r),h=n==="left"?-pn:pn}return{titleX:g,titleY:v,maxWidth:f,rotation:h}}class ir extends Ci{constructor(e){super(),this.id=e.id,this.type=e.type,this.options=void 0,this.ctx=e.ctx,this.chart=e.chart,this.top=void 0,this.bottom=void 0,this.left=void 0,this.right=void 0,this.width=void 0,this.height=void 0,this._margins={left:0,right:0,top:0,bottom:0},this.maxWidth=void 0,this.maxHeight=void 0,this.paddingTop=void 0,this.paddingBottom=void 0,this.paddingLeft=void 0,this.paddingRight=void 0,this.axis=void 0,this.labelRotation=void 0,this.min=void 0,this.max=void 0,this._range=void 0,this.ticks=[],this._gridLineItems=null,this._labelItems=null,this._labelSizes=null,this._length=0,this._maxLength=0,this._longestTextCache={},this._startPixel=void 0,this._endPixel=void 0,this._reversePixels=!1,this._userMax=void 0,this._userMin=void 0,this._suggestedMax=void 0,this._suggestedMin=void 0,this._ticksLength=0,this._borderValue=0,this._cache={},this._dataLimitsCached=!1,this.$context=void 0}init(e){this.options=e.setContext(this.getContext()),this.axis=e.axis,this._userMin=this.parse(e.min),this._userMax=this.parse(e.max),this._suggestedMin=this.parse(e.suggestedMin),this._suggestedMax=this.parse(e.suggestedMax)}parse(e,n){return e}getUserBounds(){let{_userMin:e,_userMax:n,_suggestedMin:i,_suggestedMax:r}=this;return e=Sn(e,Number.POSITIVE_INFINITY),n=Sn(n,Number.NEGATIVE_INFINITY),i=Sn(i,Number.POSITIVE_INFINITY),r=Sn(r,Number.NEGATIVE_INFINITY),{min:Sn(e,i),max:Sn(n,r),minDefined:cn(e),maxDefined:cn(n)}}getMinMax(e){let{min:n,max:i,minDefined:r,maxDefined:s}=this.getUserBounds(),a;if(r&&s)return{min:n,max:i};const o=this.getMatchingVisibleMetas();for(let l=0,u=o.length;l<u;++l)a=o[l].controller.getMinMax(this,e),r||(n=Math.min(n,a.min)),s||(i=Math.max(i,a.max));return n=s&&n>i?i:n,i=r&&n>i?n:i,{min:Sn(n,Sn(i,n)),max:Sn(i,Sn(n,i))}}getPadding(){return{left:this.paddingLeft||0,top:this.paddingTop||0,right:this.paddingRight||0,bottom:this.paddingBottom||0}}getTicks(){return this.ticks}getLabels(){const e=this.chart.data;return this.options.labels||(this.isHorizontal()?e.xLabels:e.yLabels)||e.labels||[]}getLabelItems(e=this.chart.chartArea){return this._labelItems||(this._labelItems=this._computeLabelItems(e))}beforeLayout(){this._cache={},this._dataLimitsCached=!1}beforeUpdate(){lt(this.options.beforeUpdate,[this])}update(e,n,i){const{beginAtZero:r,grace:s,ticks:a}=this.options,o=a.sampleSize;this.beforeUpdate(),this.maxWidth=e,this.maxHeight=n,this._margins=i=Object.assign({left:0,right:0,top:0,bottom:0},i),this.ticks=null,this._labelSizes=null,this._gridLineItems=null,this._labelItems=null,this.beforeSetDimensions(),this.setDimensions(),this.afterSetDimensions(),this._maxLength=this.isHorizontal()?this.width+i.left+i.right:this.height+i.top+i.bottom,this._dataLimitsCached||(this.beforeDataLimits(),this.determineDataLimits(),this.afterDataLimits(),this._range=Jp(this,s,r),this._dataLimitsCached=!0),this.beforeBuildTicks(),this.ticks=this.buildTicks()||[],this.afterBuildTicks();const l=o<this.ticks.length;this._convertTicksToLabels(l?Bl(this.ticks,o):this.ticks),this.configure(),this.beforeCalculateLabelRotation(),this.calculateLabelRotation(),this.afterCalculateLabelRotation(),a.display&&(a.autoSkip||a.source==="auto")&&(this.ticks=zv(this,this.ticks),this._labelSizes=null,this.afterAutoSkip()),l&&this._convertTicksToLabels(this.ticks),this.beforeFit(),this.fit(),this.afterFit(),this.afterUpdate()}configure(){let e=this.options.reverse,n,i;this.isHorizontal()?(n=this.left,i=this.right):(n=this.top,i=this.bottom,e=!e),this._startPixel=n,this._endPixel=i,this._reversePixels=e,this._length=i-n,this._alignToPixels=this.options.alignToPixels}afterUpdate(){lt(this.options.afterUpdate,[this])}beforeSetDimensions(){lt(this.options.beforeSetDimensions,[this])}setDimensions(){this.isHorizontal()?(this.width=this.maxWidth,this.left=0,this.right=this.width):(this.height=this.maxHeight,this.top=0,this.bottom=this.height),this.paddingLeft=0,this.paddingTop=0,this.paddingRight=0,this.paddingBottom=0}afterSetDimensions(){lt(this.options.afterSetDimensions,[this])}_callHooks(e){this.chart.notifyPlugins(e,this.getContext()),lt(this.options[e],[this])}beforeDataLimits(){this._callHooks("beforeDataLimits")}determineDataLimits(){}afterDataLimits(){this._callHooks("afterDataLimits")}beforeBuildTicks(){this._callHooks("beforeBuildTicks")}buildTicks(){return[]}afterBuildTicks(){this._callHooks("afterBuildTicks")}beforeTickToLabelConversion(){lt(this.options.beforeTickToLabelConversion,[this])}generateTickLabels(e){const n=this.options.ticks;let i,r,s;for(i=0,r=e.length;i<r;i++)s=e[i],s.label=lt(n.callback,[s.value,i,e],this)}afterTickToLabelConversion(){lt(this.options.afterTickToLabelConversion,[this])}beforeCalculateLabelRotation(){lt(this.options.beforeCalculateLabelRotation,[this])}calculateLabelRotation(){const e=this.options,n=e.ticks,i=Nl(this.ticks.length,e.ticks.maxTicksLimit),r=n.minRotation||0,s=n.maxRotation;let a=r,o,l,u;if(!this._isVisible()||!n.display||r>=s||i<=1||!this.isHorizontal()){this.labelRotation=r;return}const d=this._getLabelSizes(),h=d.widest.width,f=d.highest.height,g=tn(this.chart.width-h,0,this.maxWidth);o=e.offset?this.maxWidth/i:g/(i-1),h+6>o&&(o=g/(i-(e.offset?.5:1)),l=this.maxHeight-hr(e.grid)-n.padding-Vl(e.title,this.chart.options.font),u=Math.sqrt(h*h+f*f),a=xp(Math.min(Math.asin(tn((d.highest.height+6)/o,-1,1)),Math.asin(tn(l/u,-1,1))-Math.asin(tn(f/u,-1,1)))),a=Math.max(r,Math.min(s,a))),this.labelRotation=a}afterCalculateLabelRotation(){lt(this.options.afterCalculateLabelRotation,[this])}afterAutoSkip(){}beforeFit(){lt(this.options.beforeFit,[this])}fit(){const e={width:0,height:0},{chart:n,options:{ticks:i,title:r,grid:s}}=this,a=this._isVisible(),o=this.isHorizontal();if(a){const l=Vl(r,n.options.font);if(o?(e.width=this.maxWidth,e.height=hr(s)+l):(e.height=this.maxHeight,e.width=hr(s)+l),i.display&&this.ticks.length){const{first:u,last:d,widest:h,highest:f}=this._getLabelSizes(),g=i.padding*2,v=yi(this.labelRotation),b=Math.cos(v),_=Math.sin(v);if(o){const k=i.mirror?0:_*h.width+b*f.height;e.height=Math.min(this.maxHeight,e.height+k+g)}else{const k=i.mirror?0:b*h.width+_*f.height;e.width=Math.min(this.maxWidth,e.width+k+g)}this._calculatePadding(u,d,_,b)}}this._handleMargins(),o?(this.width=this._length=n.width-this._margins.left-this._margins.right,this.height=e.height):(this.width=e.width,this.height=this._length=n.height-this._margins.top-this._margins.bottom)}_calculatePadding(e,n,i,r){const{ticks:{align:s,padding:a},position:o}=this.options,l=this.labelRotation!==0,u=o!=="top"&&this.axis==="x";if(this.isHorizontal()){const d=this.getPixelForTick(0)-this.left,h=this.right-this.getPixelForTick(this.ticks.length-1);let f=0,g=0;l?u?(f=r*e.width,g=i*n.height):(f=i*e.height,g=r*n.width):s==="start"?g=n.width:s==="end"?f=e.width:s!=="inner"&&(f=e.width/2,g=n.width/2),this.paddingLeft=Math.max((f-d+a)*this.width/(this.width-d),0),this.paddingRight=Math.max((g-h+a)*this.width/(this.width-h),0)}else{let d=n.height/2,h=e.height/2;s==="start"?(d=0,h=e.height):s==="end"&&(d=n.height,h=0),this.paddingTop=d+a,this.paddingBottom=h+a}}_handleMargins(){this._margins&&(this._margins.left=Math.max(this.paddingLeft,this._margins.left),this._margins.top=Math.max(this.paddingTop,this._margins.top),this._margins.right=Math.max(this.paddingRight,this._margins.right),this._margins.bottom=Math.max(this.paddingBottom,this._margins.bottom))}afterFit(){lt(this.options.afterFit,[this])}isHorizontal(){const{axis:e,position:n}=this.options;return n==="top"||n==="bottom"||e==="x"}isFullSize(){return this.options.fullSize}_convertTicksToLabels(e){this.beforeTickToLabelConversion(),this.generateTickLabels(e);let n,i;for(n=0,i=e.length;n<i;n++)He(e[n].label)&&(e.splice(n,1),i--,n--);this.afterTickToLabelConversion()}_getLabelSizes(){let e=this._labelSizes;if(!e){const n=this.options.ticks.sampleSize;let i=this.ticks;n<i.length&&(i=Bl(i,n)),this._labelSizes=e=this._computeLabelSizes(i,i.length,this.options.ticks.maxTicksLimit)}return e}_computeLabelSizes(e,n,i){const{ctx:r,_longestTextCache:s}=this,a=[],o=[],l=Math.floor(n/Nl(n,i));let u=0,d=0,h,f,g,v,b,_,k,M,T,L,C;for(h=0;h<n;h+=l){if(v=e[h].label,b=this._resolveTickFontOptions(h),r.font=_=b.string,k=s[_]=s[_]||{data:{},gc:[]},M=b.lineHeight,T=L=0,!He(v)&&!Pt(v))T=pl(r,k.data,k.gc,T,v),L=M;else if(Pt(v))for(f=0,g=v.length;f<g;++f)C=v[f],!He(C)&&!Pt(C)&&(T=pl(r,k.data,k.gc,T,C),L+=M);a.push(T),o.push(L),u=Math.max(T,u),d=Math.max(L,d)}Hv(s,n);const F=a.indexOf(u),z=o.indexOf(d),R=E=>({width:a[E]||0,height:o[E]||0});return{first:R(0),last:R(n-1),widest:R(F),highest:R(z),widths:a,heights:o}}getLabelForValue(e){return e}getPixelForValue(e,n){return NaN}getValueForPixel(e){}getPixelForTick(e){const n=this.ticks;return e<0||e>n.length-1?null:this.getPixelForValue(n[e].value)}getPixelForDecimal(e){this._reversePixels&&(e=1-e);const n=this._startPixel+e*this._length;return Ep(this._alignToPixels?fi(this.chart,n,0):n)}getDecimalForPixel(e){const n=(e-this._startPixel)/this._length;return this._reversePixels?1-n:n}getBasePixel(){return this.getPixelForValue(this.getBaseValue())}getBaseValue(){const{min:e,max:n}=this;return e<0&&n<0?n:e>0&&n>0?e:0}getContext(e){const n=this.ticks||[];if(e>=0&&e<n.length){const i=n[e];return i.$context||(i.$context=Kv(this.getContext(),e,i))}return this.$context||(this.$context=qv(this.chart.getContext(),this))}_tickSize(){const e=this.options.ticks,n=yi(this.labelRotation),i=Math.abs(Math.cos(n)),r=Math.abs(Math.sin(n)),s=this._getLabelSizes(),a=e.autoSkipPadding||0,o=s?s.widest.width+a:0,l=s?s.highest.height+a:0;return this.isHorizontal()?l*i>o*r?o/i:l/r:l*r<o*i?l/i:o/r}_isVisible(){const e=this.options.display;return e!=="auto"?!!e:this.getMatchingVisibleMetas().length>0}_computeGridLineItems(e){const n=this.axis,i=this.chart,r=this.options,{grid:s,position:a,border:o}=r,l=s.offset,u=this.isHorizontal(),h=this.ticks.length+(l?1:0),f=hr(s),g=[],v=o.setContext(this.getContext()),b=v.display?v.width:0,_=b/2,k=function(Z){return fi(i,Z,b)};let M,T,L,C,F,z,R,E,$,V,ne,Q;if(a==="top")M=k(this.bottom),z=this.bottom-f,E=M-_,V=k(e.top)+_,Q=e.bottom;else if(a==="bottom")M=k(this.top),V=e.top,Q=k(e.bottom)-_,z=M+_,E=this.top+f;else if(a==="left")M=k(this.right),F=this.right-f,R=M-_,$=k(e.left)+_,ne=e.right;else if(a==="right")M=k(this.left),$=e.left,ne=k(e.right)-_,F=M+_,R=this.left+f;else if(n==="x"){if(a==="center")M=k((e.top+e.bottom)/2+.5);else if(Le(a)){const Z=Object.keys(a)[0],le=a[Z];M=k(this.chart.scales[Z].getPixelForValue(le))}V=e.top,Q=e.bottom,z=M+_,E=z+f}else if(n==="y"){if(a==="center")M=k((e.left+e.right)/2);else if(Le(a)){const Z=Object.keys(a)[0],le=a[Z];M=k(this.chart.scales[Z].getPixelForValue(le))}F=M-_,R=F-f,$=e.left,ne=e.right}const oe=Ae(r.ticks.maxTicksLimit,h),H=Math.max(1,Math.ceil(h/oe));for(T=0;T<h;T+=H){const Z=this.getContext(T),le=s.setContext(Z),xe=o.setContext(Z),ze=le.lineWidth,Ce=le.color,Pe=xe.dash||[],qe=xe.dashOffset,Xe=le.tickWidth,Ke=le.tickColor,Ue=le.tickBorderDash||[],Ye=le.tickBorderDashOffset;L=Wv(this,T,l),L!==void 0&&(C=fi(i,L,ze),u?F=R=$=ne=C:z=E=V=Q=C,g.push({tx1:F,ty1:z,tx2:R,ty2:E,x1:$,y1:V,x2:ne,y2:Q,width:ze,color:Ce,borderDash:Pe,borderDashOffset:qe,tickWidth:Xe,tickColor:Ke,tickBorderDash:Ue,tickBorderDashOffset:Ye}))}return this._ticksLength=h,this._borderValue=M,g}_computeLabelItems(e){const n=this.axis,i=this.options,{position:r,ticks:s}=i,a=this.isHorizontal(),o=this.ticks,{align:l,crossAlign:u,padding:d,mirror:h}=s,f=hr(i.grid),g=f+d,v=h?-d:g,b=-yi(this.labelRotation),_=[];let k,M,T,L,C,F,z,R,E,$,V,ne,Q="middle";if(r==="top")F=this.bottom-v,z=this._getXAxisLabelAlignment();else if(r==="bottom")F=this.top+v,z=this._getXAxisLabelAlignment();else if(r==="left"){const H=this._getYAxisLabelAlignment(f);z=H.textAlign,C=H.x}else if(r==="right"){const H=this._getYAxisLabelAlignment(f);z=H.textAlign,C=H.x}else if(n==="x"){if(r==="center")F=(e.top+e.bottom)/2+g;else if(Le(r)){const H=Object.keys(r)[0],Z=r[H];F=this.chart.scales[H].getPixelForValue(Z)+g}z=this._getXAxisLabelAlignment()}else if(n==="y"){if(r==="center")C=(e.left+e.right)/2-g;else if(Le(r)){const H=Object.keys(r)[0],Z=r[H];C=this.chart.scales[H].getPixelForValue(Z)}z=this._getYAxisLabelAlignment(f).textAlign}n==="y"&&(l==="start"?Q="top":l==="end"&&(Q="bottom"));const oe=this._getLabelSizes();for(k=0,M=o.length;k<M;++k){T=o[k],L=T.label;const H=s.setContext(this.getContext(k));R=this.getPixelForTick(k)+s.labelOffset,E=this._resolveTickFontOptions(k),$=E.lineHeight,V=Pt(L)?L.length:1;const Z=V/2,le=H.color,xe=H.textStrokeColor,ze=H.textStrokeWidth;let Ce=z;a?(C=R,z==="inner"&&(k===M-1?Ce=this.options.reverse?"left":"right":k===0?Ce=this.options.reverse?"right":"left":Ce="center"),r==="top"?u==="near"||b!==0?ne=-V*$+$/2:u==="center"?ne=-oe.highest.height/2-Z*$+$:ne=-oe.highest.height+$/2:u==="near"||b!==0?ne=$/2:u==="center"?ne=oe.highest.height/2-Z*$:ne=oe.highest.height-V*$,h&&(ne*=-1),b!==0&&!H.showLabelBackdrop&&(C+=$/2*Math.sin(b))):(F=R,ne=(1-V)*$/2);let Pe;if(H.showLabelBackdrop){const qe=_n(H.backdropPadding),Xe=oe.heights[k],Ke=oe.widths[k];let Ue=ne-qe.top,Ye=0-qe.left;switch(Q){case"middle":Ue-=Xe/2;break;case"bottom":Ue-=Xe;break}switch(z){case"center":Ye-=Ke/2;break;case"right":Ye-=Ke;break;case"inner":k===M-1?Ye-=Ke:k>0&&(Ye-=Ke/2);break}Pe={left:Ye,top:Ue,width:Ke+qe.width,height:Xe+qe.height,color:H.backdropColor}}_.push({label:L,font:E,textOffset:ne,options:{rotation:b,color:le,strokeColor:xe,strokeWidth:ze,textAlign:Ce,textBaseline:Q,translation:[C,F],backdrop:Pe}})}return _}_getXAxisLabelAlignment(){const{position:e,ticks:n}=this.options;if(-yi(this.labelRotation))return e==="top"?"left":"right";let r="center";return n.align==="start"?r="left":n.align==="end"?r="right":n.align==="inner"&&(r="inner"),r}_getYAxisLabelAlignment(e){const{position:n,ticks:{crossAlign:i,mirror:r,padding:s}}=this.options,a=this._getLabelSizes(),o=e+s,l=a.widest.width;let u,d;return n==="left"?r?(d=this.right+s,i==="near"?u="left":i==="center"?(u="center",d+=l/2):(u="right",d+=l)):(d=this.right-o,i==="near"?u="right":i==="center"?(u="center",d-=l/2):(u="left",d=this.left)):n==="right"?r?(d=this.left+s,i==="near"?u="right":i==="center"?(u="center",d-=l/2):(u="left",d-=l)):(d=this.left+o,i==="near"?u="left":i==="center"?(u="center",d+=l/2):(u="right",d=this.right)):u="right",{textAlign:u,x:d}}_computeLabelArea(){if(this.options.ticks.mirror)return;const e=this.chart,n=this.options.position;if(n==="left"||n==="right")return{top:0,left:this.left,bottom:e.height,right:this.right};if(n==="top"||n==="bottom")return{top:this.top,left:0,bottom:this.bottom,right:e.width}}drawBackground(){const{ctx:e,options:{backgroundColor:n},left:i,top:r,width:s,height:a}=this;n&&(e.save(),e.fillStyle=n,e.fillRect(i,r,s,a),e.restore())}getLineWidthForValue(e){const n=this.options.grid;if(!this._isVisible()||!n.display)return 0;const r=this.ticks.findIndex(s=>s.value===e);return r>=0?n.setContext(this.getContext(r)).lineWidth:0}drawGrid(e){const n=this.options.grid,i=this.ctx,r=this._gridLineItems||(this._gridLineItems=this._computeGridLineItems(e));let s,a;const o=(l,u,d)=>{!d.width||!d.color||(i.save(),i.lineWidth=d.width,i.strokeStyle=d.color,i.setLineDash(d.borderDash||[]),i.lineDashOffset=d.borderDashOffset,i.beginPath(),i.moveTo(l.x,l.y),i.lineTo(u.x,u.y),i.stroke(),i.restore())};if(n.display)for(s=0,a=r.length;s<a;++s){const l=r[s];n.drawOnChartArea&&o({x:l.x1,y:l.y1},{x:l.x2,y:l.y2},l),n.drawTicks&&o({x:l.tx1,y:l.ty1},{x:l.tx2,y:l.ty2},{color:l.tickColor,width:l.tickWidth,borderDash:l.tickBorderDash,borderDashOffset:l.tickBorderDashOffset})}}drawBorder(){const{chart:e,ctx:n,options:{border:i,grid:r}}=this,s=i.setContext(this.getContext()),a=i.display?s.width:0;if(!a)return;const o=r.setContext(this.getContext(0)).lineWidth,l=this._borderValue;let u,d,h,f;this.isHorizontal()?(u=fi(e,this.left,a)-a/2,d=fi(e,this.right,o)+o/2,h=f=l):(h=fi(e,this.top,a)-a/2,f=fi(e,this.bottom,o)+o/2,u=d=l),n.save(),n.lineWidth=s.width,n.strokeStyle=s.color,n.beginPath(),n.moveTo(u,h),n.lineTo(d,f),n.stroke(),n.restore()}drawLabels(e){if(!this.options.ticks.display)return;const i=this.ctx,r=this._computeLabelArea();r&&po(i,r);const s=this.getLabelItems(e);for(const a of s){const o=a.options,l=a.font,u=a.label,d=a.textOffset;Rs(i,u,0,d,l,o)}r&&mo(i)}drawTitle(){const{ctx:e,options:{position:n,title:i,reverse:r}}=this;if(!i.display)return;const s=Ut(i.font),a=_n(i.padding),o=i.align;let l=s.lineHeight/2;n==="bottom"||n==="center"||Le(n)?(l+=a.bottom,Pt(i.text)&&(l+=s.lineHeight*(i.text.length-1))):l+=a.top;const{titleX:u,titleY:d,maxWidth:h,rotation:f}=Yv(this,l,n,o);Rs(e,i.text,0,0,s,{color:i.color,maxWidth:h,rotation:f,textAlign:Uv(o,n,r),textBaseline:"middle",translation:[u,d],strokeColor:i.strokeColor,strokeWidth:i.strokeWidth})}draw(e){this._isVisible()&&(this.drawBackground(),this.drawGrid(e),this.drawBorder(),this.drawTitle(),this.drawLabels(e))}_layers(){const e=this.options,n=e.ticks&&e.ticks.z||0,i=Ae(e.grid&&e.grid.z,-1),r=Ae(e.border&&e.border.z,0);return!this._isVisible()||this.draw!==ir.prototype.draw?[{z:n,draw:s=>{this.draw(s)}}]:[{z:i,draw:s=>{this.drawBackground(),this.drawGrid(s),this.drawTitle()}},{z:r,draw:()=>{this.drawBorder()}},{z:n,draw:s=>{this.drawLabels(s)}}]}getMatchingVisibleMetas(e){const n=this.chart.getSortedVisibleDatasetMetas(),i=this.axis+"AxisID",r=[];let s,a;for(s=0,a=n.length;s<a;++s){const o=n[s];o[i]===this.id&&(!e||o.type===e)&&r.push(o)}return r}_resolveTickFontOptions(e){const n=this.options.ticks.setContext(this.getContext(e));return Ut(n.font)}_maxDigits(){const e=this._resolveTickFontOptions(0).lineHeight;return(this.isHorizontal()?this.width:this.height)/e}}class _s{constructor(e,n,i){this.type=e,this.scope=n,this.override=i,this.items=Object.create(null)}isForType(e){return Object.prototype.isPrototypeOf.call(this.type.prototype,e.prototype)}register(e){const n=Object.getPrototypeOf(e);let i;Xv(n)&&(i=this.register(n));const r=this.items,s=e.id,a=this.scope+"."+s;if(!s)throw new Error("class does not have id: "+e);return s in r||(r[s]=e,Zv(e,a,i),this.override&&St.override(e.id,e.overrides)),a}get(e){return this.items[e]}unregister(e){const n=this.items,i=e.id,r=this.scope;i in n&&delete n[i],r&&i in St[r]&&(delete St[r][i],this.override&&delete Ti[i])}}function Zv(t,e,n){const i=Ir(Object.create(null),[n?St.get(n):{},St.get(e),t.defaults]);St.set(e,i),t.defaultRoutes&&Gv(e,t.defaultRoutes),t.descriptors&&St.describe(e,t.descriptors)}function Gv(t,e){Object.keys(e).forEach(n=>{const i=n.split("."),r=i.pop(),s=[t].concat(i).join("."),a=e[n].split("."),o=a.pop(),l=a.join(".");St.route(s,r,l,o)})}function Xv(t){return"id"in t&&"defaults"in t}class Qv{constructor(){this.controllers=new _s(ko,"datasets",!0),this.elements=new _s(Ci,"elements"),this.plugins=new _s(Object,"plugins"),this.scales=new _s(ir,"scales"),this._typedRegistries=[this.controllers,this.scales,this.elements]}add(...e){this._each("register",e)}remove(...e){this._each("unregister",e)}addControllers(...e){this._each("register",e,this.controllers)}addElements(...e){this._each("register",e,this.elements)}addPlugins(...e){this._each("register",e,this.plugins)}addScales(...e){this._each("register",e,this.scales)}getController(e){return this._get(e,this.controllers,"controller")}getElement(e){return this._get(e,this.elements,"element")}getPlugin(e){return this._get(e,this.plugins,"plugin")}getScale(e){return this._get(e,this.scales,"scale")}removeControllers(...e){this._each("unregister",e,this.controllers)}removeElements(...e){this._each("unregister",e,this.elements)}removePlugins(...e){this._each("unregister",e,this.plugins)}removeScales(...e){this._each("unregister",e,this.scales)}_each(e,n,i){[...n].forEach(r=>{const s=i||this._getRegistryForType(r);i||s.isForType(r)||s===this.plugins&&r.id?this._exec(e,s,r):Ze(r,a=>{const o=i||this._getRegistryForType(a);this._exec(e,o,a)})})}_exec(e,n,i){const r=ho(e);lt(i["before"+r],[],i),n[e](i),lt(i["after"+r],[],i)}_getRegistryForType(e){for(let n=0;n<this._typedRegistries.length;n++){const i=this._typedRegistries[n];if(i.isForType(e))return i}return this.plugins}_get(e,n,i){const r=n.get(e);if(r===void 0)throw new Error('"'+e+'" is not a registered '+i+".");return r}}var En=new Qv;class Jv{constructor(){this._init=void 0}notify(e,n,i,r){if(n==="beforeInit"&&(this._init=this._createDescriptors(e,!0),this._notify(this._init,e,"install")),this._init===void 0)return;const s=r?this._descriptors(e).filter(r):this._descriptors(e),a=this._notify(s,e,n,i);return n==="afterDestroy"&&(this._notify(s,e,"stop"),this._notify(this._init,e,"uninstall"),this._init=void 0),a}_notify(e,n,i,r){r=r||{};for(const s of e){const a=s.plugin,o=a[i],l=[n,r,s.options];if(lt(o,l,a)===!1&&r.cancelable)return!1}return!0}invalidate(){He(this._cache)||(this._oldCache=this._cache,this._cache=void 0)}_descriptors(e){if(this._cache)return this._cache;const n=this._cache=this._createDescriptors(e);return this._notifyStateChanges(e),n}_createDescriptors(e,n){const i=e&&e.config,r=Ae(i.options&&i.options.plugins,{}),s=e_(i);return r===!1&&!n?[]:n_(e,s,r,n)}_notifyStateChanges(e){const n=this._oldCache||[],i=this._cache,r=(s,a)=>s.filter(o=>!a.some(l=>o.plugin.id===l.plugin.id));this._notify(r(n,i),e,"stop"),this._notify(r(i,n),e,"start")}}function e_(t){const e={},n=[],i=Object.keys(En.plugins.items);for(let s=0;s<i.length;s++)n.push(En.getPlugin(i[s]));const r=t.plugins||[];for(let s=0;s<r.length;s++){const a=r[s];n.indexOf(a)===-1&&(n.push(a),e[a.id]=!0)}return{plugins:n,localIds:e}}function t_(t,e){return!e&&t===!1?null:t===!0?{}:t}function n_(t,{plugins:e,localIds:n},i,r){const s=[],a=t.getContext();for(const o of e){const l=o.id,u=t_(i[l],r);u!==null&&s.push({plugin:o,options:i_(t.config,{plugin:o,local:n[l]},u,a)})}return s}function i_(t,{plugin:e,local:n},i,r){const s=t.pluginScopeKeys(e),a=t.getOptionScopes(i,s);return n&&e.defaults&&a.push(e.defaults),t.createResolver(a,r,[""],{scriptable:!1,indexable:!1,allKeys:!0})}function Ha(t,e){const n=St.datasets[t]||{};return((e.datasets||{})[t]||{}).indexAxis||e.indexAxis||n.indexAxis||"x"}function r_(t,e){let n=t;return t==="_index_"?n=e:t==="_value_"&&(n=e==="x"?"y":"x"),n}function s_(t,e){return t===e?"_index_":"_value_"}function Wl(t){if(t==="x"||t==="y"||t==="r")return t}function a_(t){if(t==="top"||t==="bottom")return"x";if(t==="left"||t==="right")return"y"}function qa(t,...e){if(Wl(t))return t;for(const n of e){const i=n.axis||a_(n.position)||t.length>1&&Wl(t[0].toLowerCase());if(i)return i}throw new Error(`Cannot determine type of '${t}' axis. Please provide 'axis' or 'position' option.`)}function Hl(t,e,n){if(n[e+"AxisID"]===t)return{axis:e}}function o_(t,e){if(e.data&&e.data.datasets){const n=e.data.datasets.filter(i=>i.xAxisID===t||i.yAxisID===t);if(n.length)return Hl(t,"x",n[0])||Hl(t,"y",n[0])}return{}}function l_(t,e){const n=Ti[t.type]||{scales:{}},i=e.scales||{},r=Ha(t.type,e),s=Object.create(null);return Object.keys(i).forEach(a=>{const o=i[a];if(!Le(o))return console.error(`Invalid scale configuration for scale: ${a}`);if(o._proxy)return console.warn(`Ignoring resolver passed as options for scale: ${a}`);const l=qa(a,o,o_(a,t),St.scales[o.type]),u=s_(l,r),d=n.scales||{};s[a]=Sr(Object.create(null),[{axis:l},o,d[l],d[u]])}),t.data.datasets.forEach(a=>{const o=a.type||t.type,l=a.indexAxis||Ha(o,e),d=(Ti[o]||{}).scales||{};Object.keys(d).forEach(h=>{const f=r_(h,l),g=a[f+"AxisID"]||f;s[g]=s[g]||Object.create(null),Sr(s[g],[{axis:f},i[g],d[h]])})}),Object.keys(s).forEach(a=>{const o=s[a];Sr(o,[St.scales[o.type],St.scale])}),s}function Jc(t){const e=t.options||(t.options={});e.plugins=Ae(e.plugins,{}),e.scales=l_(t,e)}function ed(t){return t=t||{},t.datasets=t.datasets||[],t.labels=t.labels||[],t}function u_(t){return t=t||{},t.data=ed(t.data),Jc(t),t}const ql=new Map,td=new Set;function bs(t,e){let n=ql.get(t);return n||(n=e(),ql.set(t,n),td.add(n)),n}const fr=(t,e,n)=>{const i=Xi(e,n);i!==void 0&&t.add(i)};class c_{constructor(e){this._config=u_(e),this._scopeCache=new Map,this._resolverCache=new Map}get platform(){return this._config.platform}get type(){return this._config.type}set type(e){this._config.type=e}get data(){return this._config.data}set data(e){this._config.data=ed(e)}get options(){return this._config.options}set options(e){this._config.options=e}get plugins(){return this._config.plugins}update(){const e=this._config;this.clearCache(),Jc(e)}clearCache(){this._scopeCache.clear(),this._resolverCache.clear()}datasetScopeKeys(e){return bs(e,()=>[[`datasets.${e}`,""]])}datasetAnimationScopeKeys(e,n){return bs(`${e}.transition.${n}`,()=>[[`datasets.${e}.transitions.${n}`,`transitions.${n}`],[`datasets.${e}`,""]])}datasetElementScopeKeys(e,n){return bs(`${e}-${n}`,()=>[[`datasets.${e}.elements.${n}`,`datasets.${e}`,`elements.${n}`,""]])}pluginScopeKeys(e){const n=e.id,i=this.type;return bs(`${i}-plugin-${n}`,()=>[[`plugins.${n}`,...e.additionalOptionScopes||[]]])}_cachedScopes(e,n){const i=this._scopeCache;let r=i.get(e);return(!r||n)&&(r=new Map,i.set(e,r)),r}getOptionScopes(e,n,i){const{options:r,type:s}=this,a=this._cachedScopes(e,i),o=a.get(n);if(o)return o;const l=new Set;n.forEach(d=>{e&&(l.add(e),d.forEach(h=>fr(l,e,h))),d.forEach(h=>fr(l,r,h)),d.forEach(h=>fr(l,Ti[s]||{},h)),d.forEach(h=>fr(l,St,h)),d.forEach(h=>fr(l,Va,h))});const u=Array.from(l);return u.length===0&&u.push(Object.create(null)),td.has(n)&&a.set(n,u),u}chartOptionScopes(){const{options:e,type:n}=this;return[e,Ti[n]||{},St.datasets[n]||{},{type:n},St,Va]}resolveNamedOptions(e,n,i,r=[""]){const s={$shared:!0},{resolver:a,subPrefixes:o}=Kl(this._resolverCache,e,r);let l=a;if(h_(a,n)){s.$shared=!1,i=ci(i)?i():i;const u=this.createResolver(e,i,o);l=Qi(a,i,u)}for(const u of n)s[u]=l[u];return s}createResolver(e,n,i=[""],r){const{resolver:s}=Kl(this._resolverCache,e,i);return Le(n)?Qi(s,n,void 0,r):s}}function Kl(t,e,n){let i=t.get(e);i||(i=new Map,t.set(e,i));const r=n.join();let s=i.get(r);return s||(s={resolver:vo(e,n),subPrefixes:n.filter(o=>!o.toLowerCase().includes("hover"))},i.set(r,s)),s}const d_=t=>Le(t)&&Object.getOwnPropertyNames(t).some(e=>ci(t[e]));function h_(t,e){const{isScriptable:n,isIndexable:i}=Rc(t);for(const r of e){const s=n(r),a=i(r),o=(a||s)&&t[r];if(s&&(ci(o)||d_(o))||a&&Pt(o))return!0}return!1}var f_="4.6.1";const g_=["top","bottom","left","right","chartArea"];function Ul(t,e){return t==="top"||t==="bottom"||g_.indexOf(t)===-1&&e==="x"}function Yl(t,e){return function(n,i){return n[t]===i[t]?n[e]-i[e]:n[t]-i[t]}}function Zl(t){const e=t.chart,n=e.options.animation;e.notifyPlugins("afterRender"),lt(n&&n.onComplete,[t],e)}function p_(t){const e=t.chart,n=e.options.animation;lt(n&&n.onProgress,[t],e)}function nd(t){return yo()&&typeof t=="string"?t=document.getElementById(t):t&&t.length&&(t=t[0]),t&&t.canvas&&(t=t.canvas),t}const Es={},Gl=t=>{const e=nd(t);return Object.values(Es).filter(n=>n.canvas===e).pop()};function m_(t,e,n){const i=Object.keys(t);for(const r of i){const s=+r;if(s>=e){const a=t[r];delete t[r],(n>0||s>e)&&(t[s+n]=a)}}}function v_(t,e,n,i){return!n||t.type==="mouseout"?null:i?e:t}class rr{static defaults=St;static instances=Es;static overrides=Ti;static registry=En;static version=f_;static getChart=Gl;static register(...e){En.add(...e),Xl()}static unregister(...e){En.remove(...e),Xl()}constructor(e,n){const i=this.config=new c_(n),r=nd(e),s=Gl(r);if(s)throw new Error("Canvas is already in use. Chart with ID '"+s.id+"' must be destroyed before the canvas with ID '"+s.canvas.id+"' can be reused.");const a=i.createResolver(i.chartOptionScopes(),this.getContext());this.platform=new(i.platform||Iv(r)),this.platform.updateConfig(i);const o=this.platform.acquireContext(r,a.aspectRatio),l=o&&o.canvas,u=l&&l.height,d=l&&l.width;if(this.id=cp(),this.ctx=o,this.canvas=l,this.width=d,this.height=u,this._options=a,this._aspectRatio=this.aspectRatio,this._layers=[],this._metasets=[],this._stacks=void 0,this.boxes=[],this.currentDevicePixelRatio=void 0,this.chartArea=void 0,this._active=[],this._lastEvent=void 0,this._listeners={},this._responsiveListeners=void 0,this._sortedMetasets=[],this.scales={},this._plugins=new Jv,this.$proxies={},this._hiddenIndices={},this.attached=!1,this._animationsDisabled=void 0,this.$context=void 0,this._doResize=Op(h=>this.update(h),a.resizeDelay||0),this._dataChanges=[],Es[this.id]=this,!o||!l){console.error("Failed to create chart: can't acquire context from the given item");return}jn.listen(this,"complete",Zl),jn.listen(this,"progress",p_),this._initialize(),this.attached&&this.update()}get aspectRatio(){const{options:{aspectRatio:e,maintainAspectRatio:n},width:i,height:r,_aspectRatio:s}=this;return He(e)?n&&s?s:r?i/r:null:e}get data(){return this.config.data}set data(e){this.config.data=e}get options(){return this._options}set options(e){this.config.options=e}get registry(){return En}_initialize(){return this.notifyPlugins("beforeInit"),this.options.responsive?this.resize():bl(this,this.options.devicePixelRatio),this.bindEvents(),this.notifyPlugins("afterInit"),this}clear(){return ml(this.canvas,this.ctx),this}stop(){return jn.stop(this),this}resize(e,n){jn.running(this)?this._resizeBeforeDraw={width:e,height:n}:this._resize(e,n)}_resize(e,n){const i=this.options,r=this.canvas,s=i.maintainAspectRatio&&this.aspectRatio,a=this.platform.getMaximumSize(r,e,n,s),o=i.devicePixelRatio||this.platform.getDevicePixelRatio(),l=this.width?"resize":"attach";this.width=a.width,this.height=a.height,this._aspectRatio=this.aspectRatio,bl(this,o,!0)&&(this.notifyPlugins("resize",{size:a}),lt(i.onResize,[this,a],this),this.attached&&this._doResize(l)&&this.render())}ensureScalesHaveIDs(){const n=this.options.scales||{};Ze(n,(i,r)=>{i.id=r})}buildOrUpdateScales(){const e=this.options,n=e.scales,i=this.scales,r=Object.keys(i).reduce((a,o)=>(a[o]=!1,a),{});let s=[];n&&(s=s.concat(Object.keys(n).map(a=>{const o=n[a],l=qa(a,o),u=l==="r",d=l==="x";return{options:o,dposition:u?"chartArea":d?"bottom":"left",dtype:u?"radialLinear":d?"category":"linear"}}))),Ze(s,a=>{const o=a.options,l=o.id,u=qa(l,o),d=Ae(o.type,a.dtype);(o.position===void 0||Ul(o.position,u)!==Ul(a.dposition))&&(o.position=a.dposition),r[l]=!0;let h=null;if(l in i&&i[l].type===d)h=i[l];else{const f=En.getScale(d);h=new f({id:l,type:d,ctx:this.ctx,chart:this}),i[h.id]=h}h.init(o,e)}),Ze(r,(a,o)=>{a||delete i[o]}),Ze(i,a=>{ti.configure(this,a,a.options),ti.addBox(this,a)})}_updateMetasets(){const e=this._metasets,n=this.data.datasets.length,i=e.length;if(e.sort((r,s)=>r.index-s.index),i>n){for(let r=n;r<i;++r)this._destroyDatasetMeta(r);e.splice(n,i-n)}this._sortedMetasets=e.slice(0).sort(Yl("order","index"))}_removeUnreferencedMetasets(){const{_metasets:e,data:{datasets:n}}=this;e.length>n.length&&delete this._stacks,e.forEach((i,r)=>{n.filter(s=>s===i._dataset).length===0&&this._destroyDatasetMeta(r)})}buildOrUpdateControllers(){const e=[],n=this.data.datasets;let i,r;for(this._removeUnreferencedMetasets(),i=0,r=n.length;i<r;i++){const s=n[i];let a=this.getDatasetMeta(i);const o=s.type||this.config.type;if(a.type&&a.type!==o&&(this._destroyDatasetMeta(i),a=this.getDatasetMeta(i)),a.type=o,a.indexAxis=s.indexAxis||Ha(o,this.options),a.order=s.order||0,a.index=i,a.label=""+s.label,a.visible=this.isDatasetVisible(i),a.controller)a.controller.updateIndex(i),a.controller.linkScales();else{const l=En.getController(o),{datasetElementType:u,dataElementType:d}=St.datasets[o];Object.assign(l,{dataElementType:En.getElement(d),datasetElementType:u&&En.getElement(u)}),a.controller=new l(this,i),e.push(a.controller)}}return this._updateMetasets(),e}_resetElements(){Ze(this.data.datasets,(e,n)=>{this.getDatasetMeta(n).controller.reset()},this)}reset(){this._resetElements(),this.notifyPlugins("reset")}update(e){const n=this.config;n.update();const i=this._options=n.createResolver(n.chartOptionScopes(),this.getContext()),r=this._animationsDisabled=!i.animation;if(this._updateScales(),this._checkEventBindings(),this._updateHiddenIndices(),this._plugins.invalidate(),this.notifyPlugins("beforeUpdate",{mode:e,cancelable:!0})===!1)return;const s=this.buildOrUpdateControllers();this.notifyPlugins("beforeElementsUpdate");let a=0;for(let u=0,d=this.data.datasets.length;u<d;u++){const{controller:h}=this.getDatasetMeta(u),f=!r&&s.indexOf(h)===-1;h.buildOrUpdateElements(f),a=Math.max(+h.getMaxOverflow(),a)}a=this._minPadding=i.layout.autoPadding?a:0,this._updateLayout(a),r||Ze(s,u=>{u.reset()}),this._updateDatasets(e),this.notifyPlugins("afterUpdate",{mode:e}),this._layers.sort(Yl("z","_idx"));const{_active:o,_lastEvent:l}=this;l?this._eventHandler(l,!0):o.length&&this._updateHoverStyles(o,o,!0),this.render()}_updateScales(){Ze(this.scales,e=>{ti.removeBox(this,e)}),this.ensureScalesHaveIDs(),this.buildOrUpdateScales()}_checkEventBindings(){const e=this.options,n=new Set(Object.keys(this._listeners)),i=new Set(e.events);(!al(n,i)||!!this._responsiveListeners!==e.responsive)&&(this.unbindEvents(),this.bindEvents())}_updateHiddenIndices(){const{_hiddenIndices:e}=this,n=this._getUniformDataChanges()||[];for(const{method:i,start:r,count:s}of n){const a=i==="_removeElements"?-s:s;m_(e,r,a)}}_getUniformDataChanges(){const e=this._dataChanges;if(!e||!e.length)return;this._dataChanges=[];const n=this.data.datasets.length,i=s=>new Set(e.filter(a=>a[0]===s).map((a,o)=>o+","+a.splice(1).join(","))),r=i(0);for(let s=1;s<n;s++)if(!al(r,i(s)))return;return Array.from(r).map(s=>s.split(",")).map(s=>({method:s[1],start:+s[2],count:+s[3]}))}_updateLayout(e){if(this.notifyPlugins("beforeLayout",{cancelable:!0})===!1)return;ti.update(this,this.width,this.height,e);const n=this.chartArea,i=n.width<=0||n.height<=0;this._layers=[],Ze(this.boxes,r=>{i&&r.position==="chartArea"||(r.configure&&r.configure(),this._layers.push(...r._layers()))},this),this._layers.forEach((r,s)=>{r._idx=s}),this.notifyPlugins("afterLayout")}_updateDatasets(e){if(this.notifyPlugins("beforeDatasetsUpdate",{mode:e,cancelable:!0})!==!1){for(let n=0,i=this.data.datasets.length;n<i;++n)this.getDatasetMeta(n).controller.configure();for(let n=0,i=this.data.datasets.length;n<i;++n)this._updateDataset(n,ci(e)?e({datasetIndex:n}):e);this.notifyPlugins("afterDatasetsUpdate",{mode:e})}}_updateDataset(e,n){const i=this.getDatasetMeta(e),r={meta:i,index:e,mode:n,cancelable:!0};this.notifyPlugins("beforeDatasetUpdate",r)!==!1&&(i.controller._update(n),r.cancelable=!1,this.notifyPlugins("afterDatasetUpdate",r))}render(){this.notifyPlugins("beforeRender",{cancelable:!0})!==!1&&(jn.has(this)?this.attached&&!jn.running(this)&&jn.start(this):(this.draw(),Zl({chart:this})))}draw(){let e;if(this._resizeBeforeDraw){const{width:i,height:r}=this._resizeBeforeDraw;this._resizeBeforeDraw=null,this._resize(i,r)}if(this.clear(),this.width<=0||this.height<=0||this.notifyPlugins("beforeDraw",{cancelable:!0})===!1)return;const n=this._layers;for(e=0;e<n.length&&n[e].z<=0;++e)n[e].draw(this.chartArea);for(this._drawDatasets();e<n.length;++e)n[e].draw(this.chartArea);this.notifyPlugins("afterDraw")}_getSortedDatasetMetas(e){const n=this._sortedMetasets,i=[];let r,s;for(r=0,s=n.length;r<s;++r){const a=n[r];(!e||a.visible)&&i.push(a)}return i}getSortedVisibleDatasetMetas(){return this._getSortedDatasetMetas(!0)}_drawDatasets(){if(this.notifyPlugins("beforeDatasetsDraw",{cancelable:!0})===!1)return;const e=this.getSortedVisibleDatasetMetas();for(let n=e.length-1;n>=0;--n)this._drawDataset(e[n]);this.notifyPlugins("afterDatasetsDraw")}_drawDataset(e){const n=this.ctx,i={meta:e,index:e.index,cancelable:!0},r=zm(this,e);this.notifyPlugins("beforeDatasetDraw",i)!==!1&&(r&&po(n,r),e.controller.draw(),r&&mo(n),i.cancelable=!1,this.notifyPlugins("afterDatasetDraw",i))}isPointInArea(e){return Fr(e,this.chartArea,this._minPadding)}getElementsAtEventForMode(e,n,i,r){const s=gv.modes[n];return typeof s=="function"?s(this,e,i,r):[]}getDatasetMeta(e){const n=this.data.datasets[e],i=this._metasets;let r=i.filter(s=>s&&s._dataset===n).pop();return r||(r={type:null,data:[],dataset:null,controller:null,hidden:null,xAxisID:null,yAxisID:null,order:n&&n.order||0,index:e,_dataset:n,_parsed:[],_sorted:!1},i.push(r)),r}getContext(){return this.$context||(this.$context=Oi(null,{chart:this,type:"chart"}))}getVisibleDatasetCount(){return this.getSortedVisibleDatasetMetas().length}isDatasetVisible(e){const n=this.data.datasets[e];if(!n)return!1;const i=this.getDatasetMeta(e);return typeof i.hidden=="boolean"?!i.hidden:!n.hidden}setDatasetVisibility(e,n){const i=this.getDatasetMeta(e);i.hidden=!n}toggleDataVisibility(e){this._hiddenIndices[e]=!this._hiddenIndices[e]}getDataVisibility(e){return!this._hiddenIndices[e]}_updateVisibility(e,n,i){const r=i?"show":"hide",s=this.getDatasetMeta(e),a=s.controller._resolveAnimations(void 0,r);zr(n)?(s.data[n].hidden=!i,this.update()):(this.setDatasetVisibility(e,i),a.update(s,{visible:i}),this.update(o=>o.datasetIndex===e?r:void 0))}hide(e,n){this._updateVisibility(e,n,!1)}show(e,n){this._updateVisibility(e,n,!0)}_destroyDatasetMeta(e){const n=this._metasets[e];n&&n.controller&&n.controller._destroy(),delete this._metasets[e]}_stop(){let e,n;for(this.stop(),jn.remove(this),e=0,n=this.data.datasets.length;e<n;++e)this._destroyDatasetMeta(e)}destroy(){this.notifyPlugins("beforeDestroy");const{canvas:e,ctx:n}=this;this._stop(),this.config.clearCache(),e&&(this.unbindEvents(),ml(e,n),this.platform.releaseContext(n),this.canvas=null,this.ctx=null),delete Es[this.id],this.notifyPlugins("afterDestroy")}toBase64Image(...e){return this.canvas.toDataURL(...e)}bindEvents(){this.bindUserEvents(),this.options.responsive?this.bindResponsiveEvents():this.attached=!0}bindUserEvents(){const e=this._listeners,n=this.platform,i=(s,a)=>{n.addEventListener(this,s,a),e[s]=a},r=(s,a,o)=>{s.offsetX=a,s.offsetY=o,this._eventHandler(s)};Ze(this.options.events,s=>i(s,r))}bindResponsiveEvents(){this._responsiveListeners||(this._responsiveListeners={});const e=this._responsiveListeners,n=this.platform,i=(l,u)=>{n.addEventListener(this,l,u),e[l]=u},r=(l,u)=>{e[l]&&(n.removeEventListener(this,l,u),delete e[l])},s=(l,u)=>{this.canvas&&this.resize(l,u)};let a;const o=()=>{r("attach",o),this.attached=!0,this.resize(),i("resize",s),i("detach",a)};a=()=>{this.attached=!1,r("resize",s),this._stop(),this._resize(0,0),i("attach",o)},n.isAttached(this.canvas)?o():a()}unbindEvents(){Ze(this._listeners,(e,n)=>{this.platform.removeEventListener(this,n,e)}),this._listeners={},Ze(this._responsiveListeners,(e,n)=>{this.platform.removeEventListener(this,n,e)}),this._responsiveListeners=void 0}updateHoverStyle(e,n,i){const r=i?"set":"remove";let s,a,o,l;for(n==="dataset"&&(s=this.getDatasetMeta(e[0].datasetIndex),s.controller["_"+r+"DatasetHoverStyle"]()),o=0,l=e.length;o<l;++o){a=e[o];const u=a&&this.getDatasetMeta(a.datasetIndex).controller;u&&u[r+"HoverStyle"](a.element,a.datasetIndex,a.index)}}getActiveElements(){return this._active||[]}setActiveElements(e){const n=this._active||[],i=e.map(({datasetIndex:s,index:a})=>{const o=this.getDatasetMeta(s);if(!o)throw new Error("No dataset found at index "+s);return{datasetIndex:s,element:o.data[a],index:a}});!Ls(i,n)&&(this._active=i,this._lastEvent=null,this._updateHoverStyles(i,n))}notifyPlugins(e,n,i){return this._plugins.notify(this,e,n,i)}isPluginEnabled(e){return this._plugins._cache.filter(n=>n.plugin.id===e).length===1}_updateHoverStyles(e,n,i){const r=this.options.hover,s=(l,u)=>l.filter(d=>!u.some(h=>d.datasetIndex===h.datasetIndex&&d.index===h.index)),a=s(n,e),o=i?e:s(e,n);a.length&&this.updateHoverStyle(a,r.mode,!1),o.length&&r.mode&&this.updateHoverStyle(o,r.mode,!0)}_eventHandler(e,n){const i={event:e,replay:n,cancelable:!0,inChartArea:this.isPointInArea(e)},r=a=>(a.options.events||this.options.events).includes(e.native.type);if(this.notifyPlugins("beforeEvent",i,r)===!1)return;const s=this._handleEvent(e,n,i.inChartArea);return i.cancelable=!1,this.notifyPlugins("afterEvent",i,r),(s||i.changed)&&this.render(),this}_handleEvent(e,n,i){const{_active:r=[],options:s}=this,a=n,o=this._getActiveElements(e,r,i,a),l=mp(e),u=v_(e,this._lastEvent,i,l);i&&(this._lastEvent=null,lt(s.onHover,[e,o,this],this),l&&lt(s.onClick,[e,o,this],this));const d=!Ls(o,r);return(d||n)&&(this._active=o,this._updateHoverStyles(o,r,n)),this._lastEvent=u,d}_getActiveElements(e,n,i,r){if(e.type==="mouseout")return[];if(!i)return n;const s=this.options.hover;return this.getElementsAtEventForMode(e,s.mode,s,r)}}function Xl(){return Ze(rr.instances,t=>t._plugins.invalidate())}function id(t,e,n=e){t.lineCap=Ae(n.borderCapStyle,e.borderCapStyle),t.setLineDash(Ae(n.borderDash,e.borderDash)),t.lineDashOffset=Ae(n.borderDashOffset,e.borderDashOffset),t.lineJoin=Ae(n.borderJoinStyle,e.borderJoinStyle),t.lineWidth=Ae(n.borderWidth,e.borderWidth),t.strokeStyle=Ae(n.borderColor,e.borderColor)}function __(t,e,n){t.lineTo(n.x,n.y)}function b_(t){return t.stepped?Hp:t.tension||t.cubicInterpolationMode==="monotone"?qp:__}function rd(t,e,n={}){const i=t.length,{start:r=0,end:s=i-1}=n,{start:a,end:o}=e,l=Math.max(r,a),u=Math.min(s,o),d=r<a&&s<a||r>o&&s>o;return{count:i,start:l,loop:e.loop,ilen:u<l&&!d?i+u-l:u-l}}function y_(t,e,n,i){const{points:r,options:s}=e,{count:a,start:o,loop:l,ilen:u}=rd(r,n,i),d=b_(s);let{move:h=!0,reverse:f}=i||{},g,v,b;for(g=0;g<=u;++g)v=r[(o+(f?u-g:g))%a],!v.skip&&(h?(t.moveTo(v.x,v.y),h=!1):d(t,b,v,f,s.stepped),b=v);return l&&(v=r[(o+(f?u:0))%a],d(t,b,v,f,s.stepped)),!!l}function w_(t,e,n,i){const r=e.points,{count:s,start:a,ilen:o}=rd(r,n,i),{move:l=!0,reverse:u}=i||{};let d=0,h=0,f,g,v,b,_,k;const M=L=>(a+(u?o-L:L))%s,T=()=>{b!==_&&(t.lineTo(d,_),t.lineTo(d,b),t.lineTo(d,k))};for(l&&(g=r[M(0)],t.moveTo(g.x,g.y)),f=0;f<=o;++f){if(g=r[M(f)],g.skip)continue;const L=g.x,C=g.y,F=L|0;F===v?(C<b?b=C:C>_&&(_=C),d=(h*d+L)/++h):(T(),t.lineTo(L,C),v=F,h=0,b=_=C),k=C}T()}function Ka(t){const e=t.options,n=e.borderDash&&e.borderDash.length;return!t._decimated&&!t._loop&&!e.tension&&e.cubicInterpolationMode!=="monotone"&&!e.stepped&&!n?w_:y_}function k_(t){return t.stepped?xm:t.tension||t.cubicInterpolationMode==="monotone"?Sm:mi}function x_(t,e,n,i){let r=e._path;r||(r=e._path=new Path2D,e.path(r,n,i)&&r.closePath()),id(t,e.options),t.stroke(r)}function S_(t,e,n,i){const{segments:r,options:s}=e,a=Ka(e);for(const o of r)id(t,s,o.style),t.beginPath(),a(t,e,o,{start:n,end:n+i-1})&&t.closePath(),t.stroke()}const M_=typeof Path2D=="function";function E_(t,e,n,i){M_&&!e.options.segment?x_(t,e,n,i):S_(t,e,n,i)}class A_ extends Ci{static id="line";static defaults={borderCapStyle:"butt",borderDash:[],borderDashOffset:0,borderJoinStyle:"miter",borderWidth:3,capBezierPoints:!0,cubicInterpolationMode:"default",fill:!1,spanGaps:!1,stepped:!1,tension:0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};static descriptors={_scriptable:!0,_indexable:e=>e!=="borderDash"&&e!=="fill"};constructor(e){super(),this.animated=!0,this.options=void 0,this._chart=void 0,this._loop=void 0,this._fullLoop=void 0,this._path=void 0,this._points=void 0,this._segments=void 0,this._decimated=!1,this._pointsUpdated=!1,this._datasetIndex=void 0,e&&Object.assign(this,e)}updateControlPoints(e,n){const i=this.options;if((i.tension||i.cubicInterpolationMode==="monotone")&&!i.stepped&&!this._pointsUpdated){const r=i.spanGaps?this._loop:this._fullLoop;pm(this._points,i,e,r,n),this._pointsUpdated=!0}}set points(e){this._points=e,delete this._segments,delete this._path,this._pointsUpdated=!1}get points(){return this._points}get segments(){return this._segments||(this._segments=$m(this,this.options.segment))}first(){const e=this.segments,n=this.points;return e.length&&n[e[0].start]}last(){const e=this.segments,n=this.points,i=e.length;return i&&n[e[i-1].end]}interpolate(e,n){const i=this.options,r=e[n],s=this.points,a=Tm(this,{property:n,start:r,end:r});if(!a.length)return;const o=[],l=k_(i);let u,d;for(u=0,d=a.length;u<d;++u){const{start:h,end:f}=a[u],g=s[h],v=s[f];if(g===v){o.push(g);continue}const b=Math.abs((r-g[n])/(v[n]-g[n])),_=l(g,v,b,i.stepped);_[n]=e[n],o.push(_)}return o.length===1?o[0]:o}pathSegment(e,n,i){return Ka(this)(e,this,n,i)}path(e,n,i){const r=this.segments,s=Ka(this);let a=this._loop;n=n||0,i=i||this.points.length-n;for(const o of r)a&=s(e,this,o,{start:n,end:n+i-1});return!!a}draw(e,n,i,r){const s=this.options||{};(this.points||[]).length&&s.borderWidth&&(e.save(),E_(e,this,i,r),e.restore()),this.animated&&(this._pointsUpdated=!1,this._path=void 0)}}function Ql(t,e,n,i){const r=t.options,{[n]:s}=t.getProps([n],i);return Math.abs(e-s)<r.radius+r.hitRadius}class D_ extends Ci{static id="point";parsed;skip;stop;static defaults={borderWidth:1,hitRadius:1,hoverBorderWidth:1,hoverRadius:4,pointStyle:"circle",radius:3,rotation:0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};constructor(e){super(),this.options=void 0,this.parsed=void 0,this.skip=void 0,this.stop=void 0,e&&Object.assign(this,e)}inRange(e,n,i){const r=this.options,{x:s,y:a}=this.getProps(["x","y"],i);return Math.pow(e-s,2)+Math.pow(n-a,2)<Math.pow(r.hitRadius+r.radius,2)}inXRange(e,n){return Ql(this,e,"x",n)}inYRange(e,n){return Ql(this,e,"y",n)}getCenterPoint(e){const{x:n,y:i}=this.getProps(["x","y"],e);return{x:n,y:i}}size(e){e=e||this.options||{};let n=e.radius||0;n=Math.max(n,n&&e.hoverRadius||0);const i=n&&e.borderWidth||0;return(n+i)*2}draw(e,n){const i=this.options;this.skip||i.radius<.1||!Fr(this,n,this.size(i)/2)||(e.strokeStyle=i.borderColor,e.lineWidth=i.borderWidth,e.fillStyle=i.backgroundColor,Wa(e,i,this.x,this.y))}getRange(){const e=this.options||{};return e.radius+e.hitRadius}}function sd(t,e){const{x:n,y:i,base:r,width:s,height:a}=t.getProps(["x","y","base","width","height"],e);let o,l,u,d,h;return t.horizontal?(h=a/2,o=Math.min(n,r),l=Math.max(n,r),u=i-h,d=i+h):(h=s/2,o=n-h,l=n+h,u=Math.min(i,r),d=Math.max(i,r)),{left:o,top:u,right:l,bottom:d}}function ni(t,e,n,i){return t?0:tn(e,n,i)}function T_(t,e,n){const i=t.options.borderWidth,r=t.borderSkipped,s=zc(i);return{t:ni(r.top,s.top,0,n),r:ni(r.right,s.right,0,e),b:ni(r.bottom,s.bottom,0,n),l:ni(r.left,s.left,0,e)}}function O_(t,e,n){const{enableBorderRadius:i}=t.getProps(["enableBorderRadius"]),r=t.options.borderRadius,s=Wi(r),a=Math.min(e,n),o=t.borderSkipped,l=i||Le(r);return{topLeft:ni(!l||o.top||o.left,s.topLeft,0,a),topRight:ni(!l||o.top||o.right,s.topRight,0,a),bottomLeft:ni(!l||o.bottom||o.left,s.bottomLeft,0,a),bottomRight:ni(!l||o.bottom||o.right,s.bottomRight,0,a)}}function C_(t){const e=sd(t),n=e.right-e.left,i=e.bottom-e.top,r=T_(t,n/2,i/2),s=O_(t,n/2,i/2);return{outer:{x:e.left,y:e.top,w:n,h:i,radius:s},inner:{x:e.left+r.l,y:e.top+r.t,w:n-r.l-r.r,h:i-r.t-r.b,radius:{topLeft:Math.max(0,s.topLeft-Math.max(r.t,r.l)),topRight:Math.max(0,s.topRight-Math.max(r.t,r.r)),bottomLeft:Math.max(0,s.bottomLeft-Math.max(r.b,r.l)),bottomRight:Math.max(0,s.bottomRight-Math.max(r.b,r.r))}}}}function Sa(t,e,n,i){const r=e===null,s=n===null,o=t&&!(r&&s)&&sd(t,i);return o&&(r||wi(e,o.left,o.right))&&(s||wi(n,o.top,o.bottom))}function $_(t){return t.topLeft||t.topRight||t.bottomLeft||t.bottomRight}function P_(t,e){t.rect(e.x,e.y,e.w,e.h)}function Ma(t,e,n={}){const i=t.x!==n.x?-e:0,r=t.y!==n.y?-e:0,s=(t.x+t.w!==n.x+n.w?e:0)-i,a=(t.y+t.h!==n.y+n.h?e:0)-r;return{x:t.x+i,y:t.y+r,w:t.w+s,h:t.h+a,radius:t.radius}}class L_ extends Ci{static id="bar";static defaults={borderSkipped:"start",borderWidth:0,borderRadius:0,inflateAmount:"auto",pointStyle:void 0};static defaultRoutes={backgroundColor:"backgroundColor",borderColor:"borderColor"};constructor(e){super(),this.options=void 0,this.horizontal=void 0,this.base=void 0,this.width=void 0,this.height=void 0,this.inflateAmount=void 0,e&&Object.assign(this,e)}draw(e){const{inflateAmount:n,options:{borderColor:i,backgroundColor:r}}=this,{inner:s,outer:a}=C_(this),o=$_(a.radius)?Fs:P_;e.save(),(a.w!==s.w||a.h!==s.h)&&(e.beginPath(),o(e,Ma(a,n,s)),e.clip(),o(e,Ma(s,-n,a)),e.fillStyle=i,e.fill("evenodd")),e.beginPath(),o(e,Ma(s,n)),e.fillStyle=r,e.fill(),e.restore()}inRange(e,n,i){return Sa(this,e,n,i)}inXRange(e,n){return Sa(this,e,null,n)}inYRange(e,n){return Sa(this,null,e,n)}getCenterPoint(e){const{x:n,y:i,base:r,horizontal:s}=this.getProps(["x","y","base","horizontal"],e);return{x:s?(n+r)/2:n,y:s?i:(i+r)/2}}getRange(e){return e==="x"?this.width/2:this.height/2}}const Jl=(t,e)=>{let{boxHeight:n=e,boxWidth:i=e}=t;return t.usePointStyle&&(n=Math.min(n,e),i=t.pointStyleWidth||Math.min(i,e)),{boxWidth:i,boxHeight:n,itemHeight:Math.max(e,n)}},I_=(t,e)=>t!==null&&e!==null&&t.datasetIndex===e.datasetIndex&&t.index===e.index;class eu extends Ci{constructor(e){super(),this._added=!1,this.legendHitBoxes=[],this._hoveredItem=null,this.doughnutMode=!1,this.chart=e.chart,this.options=e.options,this.ctx=e.ctx,this.legendItems=void 0,this.columnSizes=void 0,this.lineWidths=void 0,this.maxHeight=void 0,this.maxWidth=void 0,this.top=void 0,this.bottom=void 0,this.left=void 0,this.right=void 0,this.height=void 0,this.width=void 0,this._margins=void 0,this.position=void 0,this.weight=void 0,this.fullSize=void 0}update(e,n,i){this.maxWidth=e,this.maxHeight=n,this._margins=i,this.setDimensions(),this.buildLabels(),this.fit()}setDimensions(){this.isHorizontal()?(this.width=this.maxWidth,this.left=this._margins.left,this.right=this.width):(this.height=this.maxHeight,this.top=this._margins.top,this.bottom=this.height)}buildLabels(){const e=this.options.labels||{};let n=lt(e.generateLabels,[this.chart],this)||[];e.filter&&(n=n.filter(i=>e.filter(i,this.chart.data))),e.sort&&(n=n.sort((i,r)=>e.sort(i,r,this.chart.data))),this.options.reverse&&n.reverse(),this.legendItems=n}fit(){const{options:e,ctx:n}=this;if(!e.display){this.width=this.height=0;return}const i=e.labels,r=Ut(i.font),s=r.size,a=this._computeTitleHeight(),{boxWidth:o,itemHeight:l}=Jl(i,s);let u,d;n.font=r.string,this.isHorizontal()?(u=this.maxWidth,d=this._fitRows(a,s,o,l)+10):(d=this.maxHeight,u=this._fitCols(a,r,o,l)+10),this.width=Math.min(u,e.maxWidth||this.maxWidth),this.height=Math.min(d,e.maxHeight||this.maxHeight)}_fitRows(e,n,i,r){const{ctx:s,maxWidth:a,options:{labels:{padding:o}}}=this,l=this.legendHitBoxes=[],u=this.lineWidths=[0],d=r+o;let h=e;s.textAlign="left",s.textBaseline="middle";let f=-1,g=-d;return this.legendItems.forEach((v,b)=>{const _=i+n/2+s.measureText(v.text).width;(b===0||u[u.length-1]+_+2*o>a)&&(h+=d,u[u.length-(b>0?0:1)]=0,g+=d,f++),l[b]={left:0,top:g,row:f,width:_,height:r},u[u.length-1]+=_+o}),h}_fitCols(e,n,i,r){const{ctx:s,maxHeight:a,options:{labels:{padding:o}}}=this,l=this.legendHitBoxes=[],u=this.columnSizes=[],d=a-e;let h=o,f=0,g=0,v=0,b=0;return this.legendItems.forEach((_,k)=>{const{itemWidth:M,itemHeight:T}=z_(i,n,s,_,r);k>0&&g+T+2*o>d&&(h+=f+o,u.push({width:f,height:g}),v+=f+o,b++,f=g=0),l[k]={left:v,top:g,col:b,width:M,height:T},f=Math.max(f,M),g+=T+o}),h+=f,u.push({width:f,height:g}),h}adjustHitBoxes(){if(!this.options.display)return;const e=this._computeTitleHeight(),{legendHitBoxes:n,options:{align:i,labels:{padding:r},rtl:s}}=this,a=Hi(s,this.left,this.width);if(this.isHorizontal()){let o=0,l=Qt(i,this.left+r,this.right-this.lineWidths[o]);for(const u of n)o!==u.row&&(o=u.row,l=Qt(i,this.left+r,this.right-this.lineWidths[o])),u.top+=this.top+e+r,u.left=a.leftForLtr(a.x(l),u.width),l+=u.width+r}else{let o=0,l=Qt(i,this.top+e+r,this.bottom-this.columnSizes[o].height);for(const u of n)u.col!==o&&(o=u.col,l=Qt(i,this.top+e+r,this.bottom-this.columnSizes[o].height)),u.top=l,u.left+=this.left+r,u.left=a.leftForLtr(a.x(u.left),u.width),l+=u.height+r}}isHorizontal(){return this.options.position==="top"||this.options.position==="bottom"}draw(){if(this.options.display){const e=this.ctx;po(e,this),this._draw(),mo(e)}}_draw(){const{options:e,columnSizes:n,lineWidths:i,ctx:r}=this,{align:s,labels:a}=e,o=St.color,l=Hi(e.rtl,this.left,this.width),u=Ut(a.font),{padding:d}=a,h=u.size,f=h/2;let g;this.drawTitle(),r.textAlign=l.textAlign("left"),r.textBaseline="middle",r.lineWidth=.5,r.font=u.string;const{boxWidth:v,boxHeight:b,itemHeight:_}=Jl(a,h),k=function(F,z,R){if(isNaN(v)||v<=0||isNaN(b)||b<0)return;r.save();const E=Ae(R.lineWidth,1);if(r.fillStyle=Ae(R.fillStyle,o),r.lineCap=Ae(R.lineCap,"butt"),r.lineDashOffset=Ae(R.lineDashOffset,0),r.lineJoin=Ae(R.lineJoin,"miter"),r.lineWidth=E,r.strokeStyle=Ae(R.strokeStyle,o),r.setLineDash(Ae(R.lineDash,[])),a.usePointStyle){const $={radius:b*Math.SQRT2/2,pointStyle:R.pointStyle,rotation:R.rotation,borderWidth:E},V=l.xPlus(F,v/2),ne=z+f;Lc(r,$,V,ne,a.pointStyleWidth&&v)}else{const $=z+Math.max((h-b)/2,0),V=l.leftForLtr(F,v),ne=Wi(R.borderRadius);r.beginPath(),Object.values(ne).some(Q=>Q!==0)?Fs(r,{x:V,y:$,w:v,h:b,radius:ne}):r.rect(V,$,v,b),r.fill(),E!==0&&r.stroke()}r.restore()},M=function(F,z,R){Rs(r,R.text,F,z+_/2,u,{strikethrough:R.hidden,textAlign:l.textAlign(R.textAlign)})},T=this.isHorizontal(),L=this._computeTitleHeight();T?g={x:Qt(s,this.left+d,this.right-i[0]),y:this.top+d+L,line:0}:g={x:this.left+d,y:Qt(s,this.top+L+d,this.bottom-n[0].height),line:0},Vc(this.ctx,e.textDirection);const C=_+d;this.legendItems.forEach((F,z)=>{r.strokeStyle=F.fontColor,r.fillStyle=F.fontColor;const R=r.measureText(F.text).width,E=l.textAlign(F.textAlign||(F.textAlign=a.textAlign)),$=v+f+R;let V=g.x,ne=g.y;l.setWidth(this.width),T?z>0&&V+$+d>this.right&&(ne=g.y+=C,g.line++,V=g.x=Qt(s,this.left+d,this.right-i[g.line])):z>0&&ne+C>this.bottom&&(V=g.x=V+n[g.line].width+d,g.line++,ne=g.y=Qt(s,this.top+L+d,this.bottom-n[g.line].height));const Q=l.x(V);if(k(Q,ne,F),V=Cp(E,V+v+f,T?V+$:this.right,e.rtl),M(l.x(V),ne,F),T)g.x+=$+d;else if(typeof F.text!="string"){const oe=u.lineHeight;g.y+=ad(F,oe)+d}else g.y+=C}),Wc(this.ctx,e.textDirection)}drawTitle(){const e=this.options,n=e.title,i=Ut(n.font),r=_n(n.padding);if(!n.display)return;const s=Hi(e.rtl,this.left,this.width),a=this.ctx,o=n.position,l=i.size/2,u=r.top+l;let d,h=this.left,f=this.width;if(this.isHorizontal())f=Math.max(...this.lineWidths),d=this.top+u,h=Qt(e.align,h,this.right-f);else{const v=this.columnSizes.reduce((b,_)=>Math.max(b,_.height),0);d=u+Qt(e.align,this.top,this.bottom-v-e.labels.padding-this._computeTitleHeight())}const g=Qt(o,h,h+f);a.textAlign=s.textAlign(Cc(o)),a.textBaseline="middle",a.strokeStyle=n.color,a.fillStyle=n.color,a.font=i.string,Rs(a,n.text,g,d,i)}_computeTitleHeight(){const e=this.options.title,n=Ut(e.font),i=_n(e.padding);return e.display?n.lineHeight+i.height:0}_getLegendItemAt(e,n){let i,r,s;if(wi(e,this.left,this.right)&&wi(n,this.top,this.bottom)){for(s=this.legendHitBoxes,i=0;i<s.length;++i)if(r=s[i],wi(e,r.left,r.left+r.width)&&wi(n,r.top,r.top+r.height))return this.legendItems[i]}return null}handleEvent(e){const n=this.options;if(!j_(e.type,n))return;const i=this._getLegendItemAt(e.x,e.y);if(e.type==="mousemove"||e.type==="mouseout"){const r=this._hoveredItem,s=I_(r,i);r&&!s&&lt(n.onLeave,[e,r,this],this),this._hoveredItem=i,i&&!s&&lt(n.onHover,[e,i,this],this)}else i&&lt(n.onClick,[e,i,this],this)}}function z_(t,e,n,i,r){const s=R_(i,t,e,n),a=F_(r,i,e.lineHeight);return{itemWidth:s,itemHeight:a}}function R_(t,e,n,i){let r=t.text;return r&&typeof r!="string"&&(r=r.reduce((s,a)=>s.length>a.length?s:a)),e+n.size/2+i.measureText(r).width}function F_(t,e,n){let i=t;return typeof e.text!="string"&&(i=ad(e,n)),i}function ad(t,e){const n=t.text?t.text.length:0;return e*n}function j_(t,e){return!!((t==="mousemove"||t==="mouseout")&&(e.onHover||e.onLeave)||e.onClick&&(t==="click"||t==="mouseup"))}var N_={id:"legend",_element:eu,start(t,e,n){const i=t.legend=new eu({ctx:t.ctx,options:n,chart:t});ti.configure(t,i,n),ti.addBox(t,i)},stop(t){ti.removeBox(t,t.legend),delete t.legend},beforeUpdate(t,e,n){const i=t.legend;ti.configure(t,i,n),i.options=n},afterUpdate(t){const e=t.legend;e.buildLabels(),e.adjustHitBoxes()},afterEvent(t,e){e.replay||t.legend.handleEvent(e.event)},defaults:{display:!0,position:"top",align:"center",fullSize:!0,reverse:!1,weight:1e3,onClick(t,e,n){const i=e.datasetIndex,r=n.chart;r.isDatasetVisible(i)?(r.hide(i),e.hidden=!0):(r.show(i),e.hidden=!1)},onHover:null,onLeave:null,labels:{color:t=>t.chart.options.color,boxWidth:40,padding:10,generateLabels(t){const e=t.data.datasets,{labels:{usePointStyle:n,pointStyle:i,textAlign:r,color:s,useBorderRadius:a,borderRadius:o}}=t.legend.options;return t._getSortedDatasetMetas().map(l=>{const u=l.controller.getStyle(n?0:void 0),d=_n(u.borderWidth);return{text:e[l.index].label,fillStyle:u.backgroundColor,fontColor:s,hidden:!l.visible,lineCap:u.borderCapStyle,lineDash:u.borderDash,lineDashOffset:u.borderDashOffset,lineJoin:u.borderJoinStyle,lineWidth:(d.width+d.height)/4,strokeStyle:u.borderColor,pointStyle:i||u.pointStyle,rotation:u.rotation,textAlign:r||u.textAlign,borderRadius:a&&(o||u.borderRadius),datasetIndex:l.index}},this)}},title:{color:t=>t.chart.options.color,display:!1,position:"center",text:""}},descriptors:{_scriptable:t=>!t.startsWith("on"),labels:{_scriptable:t=>!["generateLabels","filter","sort"].includes(t)}}};const br={average(t){if(!t.length)return!1;let e,n,i=new Set,r=0,s=0;for(e=0,n=t.length;e<n;++e){const o=t[e].element;if(o&&o.hasValue()){const l=o.tooltipPosition();i.add(l.x),r+=l.y,++s}}return s===0||i.size===0?!1:{x:[...i].reduce((o,l)=>o+l)/i.size,y:r/s}},nearest(t,e){if(!t.length)return!1;let n=e.x,i=e.y,r=Number.POSITIVE_INFINITY,s,a,o;for(s=0,a=t.length;s<a;++s){const l=t[s].element;if(l&&l.hasValue()){const u=l.getCenterPoint(),d=Ba(e,u);d<r&&(r=d,o=l)}}if(o){const l=o.tooltipPosition();n=l.x,i=l.y}return{x:n,y:i}}};function Mn(t,e){return e&&(Pt(e)?Array.prototype.push.apply(t,e):t.push(e)),t}function Nn(t){return(typeof t=="string"||t instanceof String)&&t.indexOf(`
`)>-1?t.split(`
`):t}function B_(t,e){const{element:n,datasetIndex:i,index:r}=e,s=t.getDatasetMeta(i).controller,{label:a,value:o}=s.getLabelAndValue(r);return{chart:t,label:a,parsed:s.getParsed(r),raw:t.data.datasets[i].data[r],formattedValue:o,dataset:s.getDataset(),dataIndex:r,datasetIndex:i,element:n}}function tu(t,e){const n=t.chart.ctx,{body:i,footer:r,title:s}=t,{boxWidth:a,boxHeight:o}=e,l=Ut(e.bodyFont),u=Ut(e.titleFont),d=Ut(e.footerFont),h=s.length,f=r.length,g=i.length,v=_n(e.padding);let b=v.height,_=0,k=i.reduce((L,C)=>L+C.before.length+C.lines.length+C.after.length,0);if(k+=t.beforeBody.length+t.afterBody.length,h&&(b+=h*u.lineHeight+(h-1)*e.titleSpacing+e.titleMarginBottom),k){const L=e.displayColors?Math.max(o,l.lineHeight):l.lineHeight;b+=g*L+(k-g)*l.lineHeight+(k-1)*e.bodySpacing}f&&(b+=e.footerMarginTop+f*d.lineHeight+(f-1)*e.footerSpacing);let M=0;const T=function(L){_=Math.max(_,n.measureText(L).width+M)};return n.save(),n.font=u.string,Ze(t.title,T),n.font=l.string,Ze(t.beforeBody.concat(t.afterBody),T),M=e.displayColors?a+2+e.boxPadding:0,Ze(i,L=>{Ze(L.before,T),Ze(L.lines,T),Ze(L.after,T)}),M=0,n.font=d.string,Ze(t.footer,T),n.restore(),_+=v.width,{width:_,height:b}}function V_(t,e){const{y:n,height:i}=e;return n<i/2?"top":n>t.height-i/2?"bottom":"center"}function W_(t,e,n,i){const{x:r,width:s}=i,a=n.caretSize+n.caretPadding;if(t==="left"&&r+s+a>e.width||t==="right"&&r-s-a<0)return!0}function H_(t,e,n,i){const{x:r,width:s}=n,{width:a,chartArea:{left:o,right:l}}=t;let u="center";return i==="center"?u=r<=(o+l)/2?"left":"right":r<=s/2?u="left":r>=a-s/2&&(u="right"),W_(u,t,e,n)&&(u="center"),u}function nu(t,e,n){const i=n.yAlign||e.yAlign||V_(t,n);return{xAlign:n.xAlign||e.xAlign||H_(t,e,n,i),yAlign:i}}function q_(t,e){let{x:n,width:i}=t;return e==="right"?n-=i:e==="center"&&(n-=i/2),n}function K_(t,e,n){let{y:i,height:r}=t;return e==="top"?i+=n:e==="bottom"?i-=r+n:i-=r/2,i}function iu(t,e,n,i){const{caretSize:r,caretPadding:s,cornerRadius:a}=t,{xAlign:o,yAlign:l}=n,u=r+s,{topLeft:d,topRight:h,bottomLeft:f,bottomRight:g}=Wi(a);let v=q_(e,o);const b=K_(e,l,u);return l==="center"?o==="left"?v+=u:o==="right"&&(v-=u):o==="left"?v-=Math.max(d,f)+r:o==="right"&&(v+=Math.max(h,g)+r),{x:tn(v,0,i.width-e.width),y:tn(b,0,i.height-e.height)}}function ys(t,e,n){const i=_n(n.padding);return e==="center"?t.x+t.width/2:e==="right"?t.x+t.width-i.right:t.x+i.left}function ru(t){return Mn([],Nn(t))}function U_(t,e,n){return Oi(t,{tooltip:e,tooltipItems:n,type:"tooltip"})}function su(t,e){const n=e&&e.dataset&&e.dataset.tooltip&&e.dataset.tooltip.callbacks;return n?t.override(n):t}const od={beforeTitle:Fn,title(t){if(t.length>0){const e=t[0],n=e.chart.data.labels,i=n?n.length:0;if(this&&this.options&&this.options.mode==="dataset")return e.dataset.label||"";if(e.label)return e.label;if(i>0&&e.dataIndex<i)return n[e.dataIndex]}return""},afterTitle:Fn,beforeBody:Fn,beforeLabel:Fn,label(t){if(this&&this.options&&this.options.mode==="dataset")return t.label+": "+t.formattedValue||t.formattedValue;let e=t.dataset.label||"";e&&(e+=": ");const n=t.formattedValue;return He(n)||(e+=n),e},labelColor(t){const n=t.chart.getDatasetMeta(t.datasetIndex).controller.getStyle(t.dataIndex);return{borderColor:n.borderColor,backgroundColor:n.backgroundColor,borderWidth:n.borderWidth,borderDash:n.borderDash,borderDashOffset:n.borderDashOffset,borderRadius:0}},labelTextColor(){return this.options.bodyColor},labelPointStyle(t){const n=t.chart.getDatasetMeta(t.datasetIndex).controller.getStyle(t.dataIndex);return{pointStyle:n.pointStyle,rotation:n.rotation}},afterLabel:Fn,afterBody:Fn,beforeFooter:Fn,footer:Fn,afterFooter:Fn};function Wt(t,e,n,i){const r=t[e].call(n,i);return typeof r>"u"?od[e].call(n,i):r}class au extends Ci{static positioners=br;constructor(e){super(),this.opacity=0,this._active=[],this._eventPosition=void 0,this._size=void 0,this._cachedAnimations=void 0,this._tooltipItems=[],this.$animations=void 0,this.$context=void 0,this.chart=e.chart,this.options=e.options,this.dataPoints=void 0,this.title=void 0,this.beforeBody=void 0,this.body=void 0,this.afterBody=void 0,this.footer=void 0,this.xAlign=void 0,this.yAlign=void 0,this.x=void 0,this.y=void 0,this.height=void 0,this.width=void 0,this.caretX=void 0,this.caretY=void 0,this.labelColors=void 0,this.labelPointStyles=void 0,this.labelTextColors=void 0}initialize(e){this.options=e,this._cachedAnimations=void 0,this.$context=void 0}_resolveAnimations(){const e=this._cachedAnimations;if(e)return e;const n=this.chart,i=this.options.setContext(this.getContext()),r=i.enabled&&n.options.animation&&i.animations,s=new qc(this.chart,r);return r._cacheable&&(this._cachedAnimations=Object.freeze(s)),s}getContext(){return this.$context||(this.$context=U_(this.chart.getContext(),this,this._tooltipItems))}getTitle(e,n){const{callbacks:i}=n,r=Wt(i,"beforeTitle",this,e),s=Wt(i,"title",this,e),a=Wt(i,"afterTitle",this,e);let o=[];return o=Mn(o,Nn(r)),o=Mn(o,Nn(s)),o=Mn(o,Nn(a)),o}getBeforeBody(e,n){return ru(Wt(n.callbacks,"beforeBody",this,e))}getBody(e,n){const{callbacks:i}=n,r=[];return Ze(e,s=>{const a={before:[],lines:[],after:[]},o=su(i,s);Mn(a.before,Nn(Wt(o,"beforeLabel",this,s))),Mn(a.lines,Wt(o,"label",this,s)),Mn(a.after,Nn(Wt(o,"afterLabel",this,s))),r.push(a)}),r}getAfterBody(e,n){return ru(Wt(n.callbacks,"afterBody",this,e))}getFooter(e,n){const{callbacks:i}=n,r=Wt(i,"beforeFooter",this,e),s=Wt(i,"footer",this,e),a=Wt(i,"afterFooter",this,e);let o=[];return o=Mn(o,Nn(r)),o=Mn(o,Nn(s)),o=Mn(o,Nn(a)),o}_createItems(e){const n=this._active,i=this.chart.data,r=[],s=[],a=[];let o=[],l,u;for(l=0,u=n.length;l<u;++l)o.push(B_(this.chart,n[l]));return e.filter&&(o=o.filter((d,h,f)=>e.filter(d,h,f,i))),e.itemSort&&(o=o.sort((d,h)=>e.itemSort(d,h,i))),Ze(o,d=>{const h=su(e.callbacks,d);r.push(Wt(h,"labelColor",this,d)),s.push(Wt(h,"labelPointStyle",this,d)),a.push(Wt(h,"labelTextColor",this,d))}),this.labelColors=r,this.labelPointStyles=s,this.labelTextColors=a,this.dataPoints=o,o}update(e,n){const i=this.options.setContext(this.getContext()),r=this._active;let s,a=[];if(!r.length)this.opacity!==0&&(s={opacity:0});else{const o=br[i.position].call(this,r,this._eventPosition);a=this._createItems(i),this.title=this.getTitle(a,i),this.beforeBody=this.getBeforeBody(a,i),this.body=this.getBody(a,i),this.afterBody=this.getAfterBody(a,i),this.footer=this.getFooter(a,i);const l=this._size=tu(this,i),u=Object.assign({},o,l),d=nu(this.chart,i,u),h=iu(i,u,d,this.chart);this.xAlign=d.xAlign,this.yAlign=d.yAlign,s={opacity:1,x:h.x,y:h.y,width:l.width,height:l.height,caretX:o.x,caretY:o.y}}this._tooltipItems=a,this.$context=void 0,s&&this._resolveAnimations().update(this,s),e&&i.external&&i.external.call(this,{chart:this.chart,tooltip:this,replay:n})}drawCaret(e,n,i,r){const s=this.getCaretPosition(e,i,r);n.lineTo(s.x1,s.y1),n.lineTo(s.x2,s.y2),n.lineTo(s.x3,s.y3)}getCaretPosition(e,n,i){const{xAlign:r,yAlign:s}=this,{caretSize:a,cornerRadius:o}=i,{topLeft:l,topRight:u,bottomLeft:d,bottomRight:h}=Wi(o),{x:f,y:g}=e,{width:v,height:b}=n;let _,k,M,T,L,C;return s==="center"?(L=g+b/2,r==="left"?(_=f,k=_-a,T=L+a,C=L-a):(_=f+v,k=_+a,T=L-a,C=L+a),M=_):(r==="left"?k=f+Math.max(l,d)+a:r==="right"?k=f+v-Math.max(u,h)-a:k=this.caretX,s==="top"?(T=g,L=T-a,_=k-a,M=k+a):(T=g+b,L=T+a,_=k+a,M=k-a),C=T),{x1:_,x2:k,x3:M,y1:T,y2:L,y3:C}}drawTitle(e,n,i){const r=this.title,s=r.length;let a,o,l;if(s){const u=Hi(i.rtl,this.x,this.width);for(e.x=ys(this,i.titleAlign,i),n.textAlign=u.textAlign(i.titleAlign),n.textBaseline="middle",a=Ut(i.titleFont),o=i.titleSpacing,n.fillStyle=i.titleColor,n.font=a.string,l=0;l<s;++l)n.fillText(r[l],u.x(e.x),e.y+a.lineHeight/2),e.y+=a.lineHeight+o,l+1===s&&(e.y+=i.titleMarginBottom-o)}}_drawColorBox(e,n,i,r,s){const a=this.labelColors[i],o=this.labelPointStyles[i],{boxHeight:l,boxWidth:u}=s,d=Ut(s.bodyFont),h=ys(this,"left",s),f=r.x(h),g=l<d.lineHeight?(d.lineHeight-l)/2:0,v=n.y+g;if(s.usePointStyle){const b={radius:Math.min(u,l)/2,pointStyle:o.pointStyle,rotation:o.rotation,borderWidth:1},_=r.leftForLtr(f,u)+u/2,k=v+l/2;e.strokeStyle=s.multiKeyBackground,e.fillStyle=s.multiKeyBackground,Wa(e,b,_,k),e.strokeStyle=a.borderColor,e.fillStyle=a.backgroundColor,Wa(e,b,_,k)}else{e.lineWidth=Le(a.borderWidth)?Math.max(...Object.values(a.borderWidth)):a.borderWidth||1,e.strokeStyle=a.borderColor,e.setLineDash(a.borderDash||[]),e.lineDashOffset=a.borderDashOffset||0;const b=r.leftForLtr(f,u),_=r.leftForLtr(r.xPlus(f,1),u-2),k=Wi(a.borderRadius);Object.values(k).some(M=>M!==0)?(e.beginPath(),e.fillStyle=s.multiKeyBackground,Fs(e,{x:b,y:v,w:u,h:l,radius:k}),e.fill(),e.stroke(),e.fillStyle=a.backgroundColor,e.beginPath(),Fs(e,{x:_,y:v+1,w:u-2,h:l-2,radius:k}),e.fill()):(e.fillStyle=s.multiKeyBackground,e.fillRect(b,v,u,l),e.strokeRect(b,v,u,l),e.fillStyle=a.backgroundColor,e.fillRect(_,v+1,u-2,l-2))}e.fillStyle=this.labelTextColors[i]}drawBody(e,n,i){const{body:r}=this,{bodySpacing:s,bodyAlign:a,displayColors:o,boxHeight:l,boxWidth:u,boxPadding:d}=i,h=Ut(i.bodyFont);let f=h.lineHeight,g=0;const v=Hi(i.rtl,this.x,this.width),b=function(R){n.fillText(R,v.x(e.x+g),e.y+f/2),e.y+=f+s},_=v.textAlign(a);let k,M,T,L,C,F,z;for(n.textAlign=a,n.textBaseline="middle",n.font=h.string,e.x=ys(this,_,i),n.fillStyle=i.bodyColor,Ze(this.beforeBody,b),g=o&&_!=="right"?a==="center"?u/2+d:u+2+d:0,L=0,F=r.length;L<F;++L){for(k=r[L],M=this.labelTextColors[L],n.fillStyle=M,Ze(k.before,b),T=k.lines,o&&T.length&&(this._drawColorBox(n,e,L,v,i),f=Math.max(h.lineHeight,l)),C=0,z=T.length;C<z;++C)b(T[C]),f=h.lineHeight;Ze(k.after,b)}g=0,f=h.lineHeight,Ze(this.afterBody,b),e.y-=s}drawFooter(e,n,i){const r=this.footer,s=r.length;let a,o;if(s){const l=Hi(i.rtl,this.x,this.width);for(e.x=ys(this,i.footerAlign,i),e.y+=i.footerMarginTop,n.textAlign=l.textAlign(i.footerAlign),n.textBaseline="middle",a=Ut(i.footerFont),n.fillStyle=i.footerColor,n.font=a.string,o=0;o<s;++o)n.fillText(r[o],l.x(e.x),e.y+a.lineHeight/2),e.y+=a.lineHeight+i.footerSpacing}}drawBackground(e,n,i,r){const{xAlign:s,yAlign:a}=this,{x:o,y:l}=e,{width:u,height:d}=i,{topLeft:h,topRight:f,bottomLeft:g,bottomRight:v}=Wi(r.cornerRadius);n.fillStyle=r.backgroundColor,n.strokeStyle=r.borderColor,n.lineWidth=r.borderWidth,n.beginPath(),n.moveTo(o+h,l),a==="top"&&this.drawCaret(e,n,i,r),n.lineTo(o+u-f,l),n.quadraticCurveTo(o+u,l,o+u,l+f),a==="center"&&s==="right"&&this.drawCaret(e,n,i,r),n.lineTo(o+u,l+d-v),n.quadraticCurveTo(o+u,l+d,o+u-v,l+d),a==="bottom"&&this.drawCaret(e,n,i,r),n.lineTo(o+g,l+d),n.quadraticCurveTo(o,l+d,o,l+d-g),a==="center"&&s==="left"&&this.drawCaret(e,n,i,r),n.lineTo(o,l+h),n.quadraticCurveTo(o,l,o+h,l),n.closePath(),n.fill(),r.borderWidth>0&&n.stroke()}_updateAnimationTarget(e){const n=this.chart,i=this.$animations,r=i&&i.x,s=i&&i.y;if(r||s){const a=br[e.position].call(this,this._active,this._eventPosition);if(!a)return;const o=this._size=tu(this,e),l=Object.assign({},a,this._size),u=nu(n,e,l),d=iu(e,l,u,n);(r._to!==d.x||s._to!==d.y)&&(this.xAlign=u.xAlign,this.yAlign=u.yAlign,this.width=o.width,this.height=o.height,this.caretX=a.x,this.caretY=a.y,this._resolveAnimations().update(this,d))}}_willRender(){return!!this.opacity}draw(e){const n=this.options.setContext(this.getContext());let i=this.opacity;if(!i)return;this._updateAnimationTarget(n);const r={width:this.width,height:this.height},s={x:this.x,y:this.y};i=Math.abs(i)<.001?0:i;const a=_n(n.padding),o=this.title.length||this.beforeBody.length||this.body.length||this.afterBody.length||this.footer.length;n.enabled&&o&&(e.save(),e.globalAlpha=i,this.drawBackground(s,e,r,n),Vc(e,n.textDirection),s.y+=a.top,this.drawTitle(s,e,n),this.drawBody(s,e,n),this.drawFooter(s,e,n),Wc(e,n.textDirection),e.restore())}getActiveElements(){return this._active||[]}setActiveElements(e,n){const i=this._active,r=e.map(({datasetIndex:o,index:l})=>{const u=this.chart.getDatasetMeta(o);if(!u)throw new Error("Cannot find a dataset at index "+o);return{datasetIndex:o,element:u.data[l],index:l}}),s=!Ls(i,r),a=this._positionChanged(r,n);(s||a)&&(this._active=r,this._eventPosition=n,this._ignoreReplayEvents=!0,this.update(!0))}handleEvent(e,n,i=!0){if(n&&this._ignoreReplayEvents)return!1;this._ignoreReplayEvents=!1;const r=this.options,s=this._active||[],a=this._getActiveElements(e,s,n,i),o=this._positionChanged(a,e),l=n||!Ls(a,s)||o;return l&&(this._active=a,(r.enabled||r.external)&&(this._eventPosition={x:e.x,y:e.y},this.update(!0,n))),l}_getActiveElements(e,n,i,r){const s=this.options;if(e.type==="mouseout")return[];if(!r)return n.filter(o=>this.chart.data.datasets[o.datasetIndex]&&this.chart.getDatasetMeta(o.datasetIndex).controller.getParsed(o.index)!==void 0);const a=this.chart.getElementsAtEventForMode(e,s.mode,s,i);return s.reverse&&a.reverse(),a}_positionChanged(e,n){const{caretX:i,caretY:r,options:s}=this,a=br[s.position].call(this,e,n);return a!==!1&&(i!==a.x||r!==a.y)}}var Y_={id:"tooltip",_element:au,positioners:br,afterInit(t,e,n){n&&(t.tooltip=new au({chart:t,options:n}))},beforeUpdate(t,e,n){t.tooltip&&t.tooltip.initialize(n)},reset(t,e,n){t.tooltip&&t.tooltip.initialize(n)},afterDraw(t){const e=t.tooltip;if(e&&e._willRender()){const n={tooltip:e};if(t.notifyPlugins("beforeTooltipDraw",{...n,cancelable:!0})===!1)return;e.draw(t.ctx),t.notifyPlugins("afterTooltipDraw",n)}},afterEvent(t,e){if(t.tooltip){const n=e.replay;t.tooltip.handleEvent(e.event,n,e.inChartArea)&&(e.changed=!0)}},defaults:{enabled:!0,external:null,position:"average",backgroundColor:"rgba(0,0,0,0.8)",titleColor:"#fff",titleFont:{weight:"bold"},titleSpacing:2,titleMarginBottom:6,titleAlign:"left",bodyColor:"#fff",bodySpacing:2,bodyFont:{},bodyAlign:"left",footerColor:"#fff",footerSpacing:2,footerMarginTop:6,footerFont:{weight:"bold"},footerAlign:"left",padding:6,caretPadding:2,caretSize:5,cornerRadius:6,boxHeight:(t,e)=>e.bodyFont.size,boxWidth:(t,e)=>e.bodyFont.size,multiKeyBackground:"#fff",displayColors:!0,boxPadding:0,borderColor:"rgba(0,0,0,0)",borderWidth:0,animation:{duration:400,easing:"easeOutQuart"},animations:{numbers:{type:"number",properties:["x","y","width","height","caretX","caretY"]},opacity:{easing:"linear",duration:200}},callbacks:od},defaultRoutes:{bodyFont:"font",footerFont:"font",titleFont:"font"},descriptors:{_scriptable:t=>t!=="filter"&&t!=="itemSort"&&t!=="external",_indexable:!1,callbacks:{_scriptable:!1,_indexable:!1},animation:{_fallback:!1},animations:{_fallback:"animation"}},additionalOptionScopes:["interaction"]};const Z_=(t,e,n,i)=>(typeof e=="string"?(n=t.push(e)-1,i.unshift({index:n,label:e})):isNaN(e)&&(n=null),n);function G_(t,e,n,i){const r=t.indexOf(e);if(r===-1)return Z_(t,e,n,i);const s=t.lastIndexOf(e);return r!==s?n:r}const X_=(t,e)=>t===null?null:tn(Math.round(t),0,e);function ou(t){const e=this.getLabels();return t>=0&&t<e.length?e[t]:t}class Q_ extends ir{static id="category";static defaults={ticks:{callback:ou}};constructor(e){super(e),this._startValue=void 0,this._valueRange=0,this._addedLabels=[]}init(e){const n=this._addedLabels;if(n.length){const i=this.getLabels();for(const{index:r,label:s}of n)i[r]===s&&i.splice(r,1);this._addedLabels=[]}super.init(e)}parse(e,n){if(He(e))return null;const i=this.getLabels();return n=isFinite(n)&&i[n]===e?n:G_(i,e,Ae(n,e),this._addedLabels),X_(n,i.length-1)}determineDataLimits(){const{minDefined:e,maxDefined:n}=this.getUserBounds();let{min:i,max:r}=this.getMinMax(!0);this.options.bounds==="ticks"&&(e||(i=0),n||(r=this.getLabels().length-1)),this.min=i,this.max=r}buildTicks(){const e=this.min,n=this.max,i=this.options.offset,r=[];let s=this.getLabels();s=e===0&&n===s.length-1?s:s.slice(e,n+1),this._valueRange=Math.max(s.length-(i?0:1),1),this._startValue=this.min-(i?.5:0);for(let a=e;a<=n;a++)r.push({value:a});return r}getLabelForValue(e){return ou.call(this,e)}configure(){super.configure(),this.isHorizontal()||(this._reversePixels=!this._reversePixels)}getPixelForValue(e){return typeof e!="number"&&(e=this.parse(e)),e===null?NaN:this.getPixelForDecimal((e-this._startValue)/this._valueRange)}getPixelForTick(e){const n=this.ticks;return e<0||e>n.length-1?null:this.getPixelForValue(n[e].value)}getValueForPixel(e){return Math.round(this._startValue+this.getDecimalForPixel(e)*this._valueRange)}getBasePixel(){return this.bottom}}function J_(t,e){const n=[],{bounds:r,step:s,min:a,max:o,precision:l,count:u,maxTicks:d,maxDigits:h,includeBounds:f}=t,g=s||1,v=d-1,{min:b,max:_}=e,k=!He(a),M=!He(o),T=!He(u),L=(_-b)/(h+1);let C=ll((_-b)/v/g)*g,F,z,R,E;if(C<1e-14&&!k&&!M)return[{value:b},{value:_}];E=Math.ceil(_/C)-Math.floor(b/C),E>v&&(C=ll(E*C/v/g)*g),He(l)||(F=Math.pow(10,l),C=Math.ceil(C*F)/F),r==="ticks"?(z=Math.floor(b/C)*C,R=Math.ceil(_/C)*C):(z=b,R=_),k&&M&&s&&wp((o-a)/s,C/1e3)?(E=Math.round(Math.min((o-a)/C,d)),C=(o-a)/E,z=a,R=o):T?(z=k?a:z,R=M?o:R,E=u-1,C=(R-z)/E):(E=(R-z)/C,Mr(E,Math.round(E),C/1e3)?E=Math.round(E):E=Math.ceil(E));const $=Math.max(ul(C),ul(z));F=Math.pow(10,He(l)?$:l),z=Math.round(z*F)/F,R=Math.round(R*F)/F;let V=0;for(k&&(f&&z!==a?(n.push({value:a}),z<a&&V++,Mr(Math.round((z+V*C)*F)/F,a,lu(a,L,t))&&V++):z<a&&V++);V<E;++V){const ne=Math.round((z+V*C)*F)/F;if(M&&ne>o)break;n.push({value:ne})}return M&&f&&R!==o?n.length&&Mr(n[n.length-1].value,o,lu(o,L,t))?n[n.length-1].value=o:n.push({value:o}):(!M||R===o)&&n.push({value:R}),n}function lu(t,e,{horizontal:n,minRotation:i}){const r=yi(i),s=(n?Math.sin(r):Math.cos(r))||.001,a=.75*e*(""+t).length;return Math.min(e/s,a)}class eb extends ir{constructor(e){super(e),this.start=void 0,this.end=void 0,this._startValue=void 0,this._endValue=void 0,this._valueRange=0}parse(e,n){return He(e)||(typeof e=="number"||e instanceof Number)&&!isFinite(+e)?null:+e}handleTickRangeOptions(){const{beginAtZero:e}=this.options,{minDefined:n,maxDefined:i}=this.getUserBounds();let{min:r,max:s}=this;const a=l=>r=n?r:l,o=l=>s=i?s:l;if(e){const l=$n(r),u=$n(s);l<0&&u<0?o(0):l>0&&u>0&&a(0)}if(r===s){let l=s===0?1:Math.abs(s*.05);o(s+l),e||a(r-l)}this.min=r,this.max=s}getTickLimit(){const e=this.options.ticks;let{maxTicksLimit:n,stepSize:i}=e,r;return i?(r=Math.ceil(this.max/i)-Math.floor(this.min/i)+1,r>1e3&&(console.warn(`scales.${this.id}.ticks.stepSize: ${i} would result generating up to ${r} ticks. Limiting to 1000.`),r=1e3)):(r=this.computeTickLimit(),n=n||11),n&&(r=Math.min(n,r)),r}computeTickLimit(){return Number.POSITIVE_INFINITY}buildTicks(){const e=this.options,n=e.ticks;let i=this.getTickLimit();i=Math.max(2,i);const r={maxTicks:i,bounds:e.bounds,min:e.min,max:e.max,precision:n.precision,step:n.stepSize,count:n.count,maxDigits:this._maxDigits(),horizontal:this.isHorizontal(),minRotation:n.minRotation||0,includeBounds:n.includeBounds!==!1},s=this._range||this,a=J_(r,s);return e.bounds==="ticks"&&kp(a,this,"value"),e.reverse?(a.reverse(),this.start=this.max,this.end=this.min):(this.start=this.min,this.end=this.max),a}configure(){const e=this.ticks;let n=this.min,i=this.max;if(super.configure(),this.options.offset&&e.length){const r=(i-n)/Math.max(e.length-1,1)/2;n-=r,i+=r}this._startValue=n,this._endValue=i,this._valueRange=i-n}getLabelForValue(e){return $c(e,this.chart.options.locale,this.options.ticks.format)}}class tb extends eb{static id="linear";static defaults={ticks:{callback:Pc.formatters.numeric}};determineDataLimits(){const{min:e,max:n}=this.getMinMax(!0);this.min=cn(e)?e:0,this.max=cn(n)?n:1,this.handleTickRangeOptions()}computeTickLimit(){const e=this.isHorizontal(),n=e?this.width:this.height,i=yi(this.options.ticks.minRotation),r=(e?Math.sin(i):Math.cos(i))||.001,s=this._resolveTickFontOptions(0);return Math.ceil(n/Math.min(40,s.lineHeight/r))}getPixelForValue(e){return e===null?NaN:this.getPixelForDecimal((e-this._startValue)/this._valueRange)}getValueForPixel(e){return this._startValue+this.getDecimalForPixel(e)*this._valueRange}}const Zs={millisecond:{common:!0,size:1,steps:1e3},second:{common:!0,size:1e3,steps:60},minute:{common:!0,size:6e4,steps:60},hour:{common:!0,size:36e5,steps:24},day:{common:!0,size:864e5,steps:30},week:{common:!1,size:6048e5,steps:4},month:{common:!0,size:2628e6,steps:12},quarter:{common:!1,size:7884e6,steps:4},year:{common:!0,size:3154e7}},qt=Object.keys(Zs);function uu(t,e){return t-e}function cu(t,e){if(He(e))return null;const n=t._adapter,{parser:i,round:r,isoWeekday:s}=t._parseOpts;let a=e;return typeof i=="function"&&(a=i(a)),cn(a)||(a=typeof i=="string"?n.parse(a,i):n.parse(a)),a===null?null:(r&&(a=r==="week"&&(Rr(s)||s===!0)?n.startOf(a,"isoWeek",s):n.startOf(a,r)),+a)}function du(t,e,n,i){const r=qt.length;for(let s=qt.indexOf(t);s<r-1;++s){const a=Zs[qt[s]],o=a.steps?a.steps:Number.MAX_SAFE_INTEGER;if(a.common&&Math.ceil((n-e)/(o*a.size))<=i)return qt[s]}return qt[r-1]}function nb(t,e,n,i,r){for(let s=qt.length-1;s>=qt.indexOf(n);s--){const a=qt[s];if(Zs[a].common&&t._adapter.diff(r,i,a)>=e-1)return a}return qt[n?qt.indexOf(n):0]}function ib(t){for(let e=qt.indexOf(t)+1,n=qt.length;e<n;++e)if(Zs[qt[e]].common)return qt[e]}function hu(t,e,n){if(!n)t[e]=!0;else if(n.length){const{lo:i,hi:r}=fo(n,e),s=n[i]>=e?n[i]:n[r];t[s]=!0}}function rb(t,e,n,i){const r=t._adapter,s=+r.startOf(e[0].value,i),a=e[e.length-1].value;let o,l;for(o=s;o<=a;o=+r.add(o,1,i))l=n[o],l>=0&&(e[l].major=!0);return e}function fu(t,e,n){const i=[],r={},s=e.length;let a,o;for(a=0;a<s;++a)o=e[a],r[o]=a,i.push({value:o,major:!1});return s===0||!n?i:rb(t,i,r,n)}class gu extends ir{static id="time";static defaults={bounds:"data",adapters:{},time:{parser:!1,unit:!1,round:!1,isoWeekday:!1,minUnit:"millisecond",displayFormats:{}},ticks:{source:"auto",callback:!1,major:{enabled:!1}}};constructor(e){super(e),this._cache={data:[],labels:[],all:[]},this._unit="day",this._majorUnit=void 0,this._offsets={},this._normalized=!1,this._parseOpts=void 0}init(e,n={}){const i=e.time||(e.time={}),r=this._adapter=new uv._date(e.adapters.date);r.init(n),Sr(i.displayFormats,r.formats()),this._parseOpts={parser:i.parser,round:i.round,isoWeekday:i.isoWeekday},super.init(e),this._normalized=n.normalized}parse(e,n){return e===void 0?null:cu(this,e)}beforeLayout(){super.beforeLayout(),this._cache={data:[],labels:[],all:[]}}determineDataLimits(){const e=this.options,n=this._adapter,i=e.time.unit||"day";let{min:r,max:s,minDefined:a,maxDefined:o}=this.getUserBounds();function l(u){!a&&!isNaN(u.min)&&(r=Math.min(r,u.min)),!o&&!isNaN(u.max)&&(s=Math.max(s,u.max))}(!a||!o)&&(l(this._getLabelBounds()),(e.bounds!=="ticks"||e.ticks.source!=="labels")&&l(this.getMinMax(!1))),r=cn(r)&&!isNaN(r)?r:+n.startOf(Date.now(),i),s=cn(s)&&!isNaN(s)?s:+n.endOf(Date.now(),i)+1,this.min=Math.min(r,s-1),this.max=Math.max(r+1,s)}_getLabelBounds(){const e=this.getLabelTimestamps();let n=Number.POSITIVE_INFINITY,i=Number.NEGATIVE_INFINITY;return e.length&&(n=e[0],i=e[e.length-1]),{min:n,max:i}}buildTicks(){const e=this.options,n=e.time,i=e.ticks,r=i.source==="labels"?this.getLabelTimestamps():this._generate();e.bounds==="ticks"&&r.length&&(this.min=this._userMin||r[0],this.max=this._userMax||r[r.length-1]);const s=this.min,a=this.max,o=Dp(r,s,a);return this._unit=n.unit||(i.autoSkip?du(n.minUnit,this.min,this.max,this._getLabelCapacity(s)):nb(this,o.length,n.minUnit,this.min,this.max)),this._majorUnit=!i.major.enabled||this._unit==="year"?void 0:ib(this._unit),this.initOffsets(r),e.reverse&&o.reverse(),fu(this,o,this._majorUnit)}afterAutoSkip(){this.options.offsetAfterAutoskip&&this.initOffsets(this.ticks.map(e=>+e.value))}initOffsets(e=[]){let n=0,i=0,r,s;this.options.offset&&e.length&&(r=this.getDecimalForValue(e[0]),e.length===1?n=1-r:n=(this.getDecimalForValue(e[1])-r)/2,s=this.getDecimalForValue(e[e.length-1]),e.length===1?i=s:i=(s-this.getDecimalForValue(e[e.length-2]))/2);const a=e.length<3?.5:.25;n=tn(n,0,a),i=tn(i,0,a),this._offsets={start:n,end:i,factor:1/(n+1+i)}}_generate(){const e=this._adapter,n=this.min,i=this.max,r=this.options,s=r.time,a=s.unit||du(s.minUnit,n,i,this._getLabelCapacity(n)),o=Ae(r.ticks.stepSize,1),l=a==="week"?s.isoWeekday:!1,u=Rr(l)||l===!0,d={};let h=n,f,g;if(u&&(h=+e.startOf(h,"isoWeek",l)),h=+e.startOf(h,u?"day":a),e.diff(i,n,a)>1e5*o)throw new Error(n+" and "+i+" are too far apart with stepSize of "+o+" "+a);const v=r.ticks.source==="data"&&this.getDataTimestamps();for(f=h,g=0;f<i;f=+e.add(f,o,a),g++)hu(d,f,v);return(f===i||r.bounds==="ticks"||g===1)&&hu(d,f,v),Object.keys(d).sort(uu).map(b=>+b)}getLabelForValue(e){const n=this._adapter,i=this.options.time;return i.tooltipFormat?n.format(e,i.tooltipFormat):n.format(e,i.displayFormats.datetime)}format(e,n){const r=this.options.time.displayFormats,s=this._unit,a=n||r[s];return this._adapter.format(e,a)}_tickFormatFunction(e,n,i,r){const s=this.options,a=s.ticks.callback;if(a)return lt(a,[e,n,i],this);const o=s.time.displayFormats,l=this._unit,u=this._majorUnit,d=l&&o[l],h=u&&o[u],f=i[n],g=u&&h&&f&&f.major;return this._adapter.format(e,r||(g?h:d))}generateTickLabels(e){let n,i,r;for(n=0,i=e.length;n<i;++n)r=e[n],r.label=this._tickFormatFunction(r.value,n,e)}getDecimalForValue(e){return e===null?NaN:(e-this.min)/(this.max-this.min)}getPixelForValue(e){const n=this._offsets,i=this.getDecimalForValue(e);return this.getPixelForDecimal((n.start+i)*n.factor)}getValueForPixel(e){const n=this._offsets,i=this.getDecimalForPixel(e)/n.factor-n.end;return this.min+i*(this.max-this.min)}_getLabelSize(e){const n=this.options.ticks,i=this.ctx.measureText(e).width,r=yi(this.isHorizontal()?n.maxRotation:n.minRotation),s=Math.cos(r),a=Math.sin(r),o=this._resolveTickFontOptions(0).size;return{w:i*s+o*a,h:i*a+o*s}}_getLabelCapacity(e){const n=this.options.time,i=n.displayFormats,r=i[n.unit]||i.millisecond,s=this._tickFormatFunction(e,0,fu(this,[e],this._majorUnit),r),a=this._getLabelSize(s),o=Math.floor(this.isHorizontal()?this.width/a.w:this.height/a.h)-1;return o>0?o:1}getDataTimestamps(){let e=this._cache.data||[],n,i;if(e.length)return e;const r=this.getMatchingVisibleMetas();if(this._normalized&&r.length)return this._cache.data=r[0].controller.getAllParsedValues(this);for(n=0,i=r.length;n<i;++n)e=e.concat(r[n].controller.getAllParsedValues(this));return this._cache.data=this.normalize(e)}getLabelTimestamps(){const e=this._cache.labels||[];let n,i;if(e.length)return e;const r=this.getLabels();for(n=0,i=r.length;n<i;++n)e.push(cu(this,r[n]));return this._cache.labels=this._normalized?e:this.normalize(e)}normalize(e){return Dc(e.sort(uu))}}function ws(t,e,n){let i=0,r=t.length-1,s,a,o,l;n?(e>=t[i].pos&&e<=t[r].pos&&({lo:i,hi:r}=ki(t,"pos",e)),{pos:s,time:o}=t[i],{pos:a,time:l}=t[r]):(e>=t[i].time&&e<=t[r].time&&({lo:i,hi:r}=ki(t,"time",e)),{time:s,pos:o}=t[i],{time:a,pos:l}=t[r]);const u=a-s;return u?o+(l-o)*(e-s)/u:o}class _y extends gu{static id="timeseries";static defaults=gu.defaults;constructor(e){super(e),this._table=[],this._minPos=void 0,this._tableRange=void 0}initOffsets(){const e=this._getTimestampsForTable(),n=this._table=this.buildLookupTable(e);this._minPos=ws(n,this.min),this._tableRange=ws(n,this.max)-this._minPos,super.initOffsets(e)}buildLookupTable(e){const{min:n,max:i}=this,r=[],s=[];let a,o,l,u,d;for(a=0,o=e.length;a<o;++a)u=e[a],u>=n&&u<=i&&r.push(u);if(r.length<2)return[{time:n,pos:0},{time:i,pos:1}];for(a=0,o=r.length;a<o;++a)d=r[a+1],l=r[a-1],u=r[a],Math.round((d+l)/2)!==u&&s.push({time:u,pos:a/(o-1)});return s}_generate(){const e=this.min,n=this.max;let i=super.getDataTimestamps();return(!i.includes(e)||!i.length)&&i.splice(0,0,e),(!i.includes(n)||i.length===1)&&i.push(n),i.sort((r,s)=>r-s)}_getTimestampsForTable(){let e=this._cache.all||[];if(e.length)return e;const n=this.getDataTimestamps(),i=this.getLabelTimestamps();return n.length&&i.length?e=this.normalize(n.concat(i)):e=n.length?n:i,e=this._cache.all=e,e}getDecimalForValue(e){return(ws(this._table,e)-this._minPos)/this._tableRange}getValueForPixel(e){const n=this._offsets,i=this.getDecimalForPixel(e)/n.factor-n.end;return ws(this._table,i*this._tableRange+this._minPos,!0)}}rr.register(ov,L_,Q_,N_,tb,lv,A_,D_,Y_);rr.defaults.font.family=getComputedStyle(document.documentElement).fontFamily||"sans-serif";rr.defaults.color="#5f6b72";rr.defaults.animation=!1;const zi=["#135e66","#8fb9bd","#d5dfe0","#f5b43c"];var sb=I("<th> </th>"),ab=I("<td> </td>"),ob=I("<tr></tr>"),lb=I('<div class="tablewrap svelte-hcci9q"><table><thead><tr></tr></thead><tbody></tbody></table></div>'),ub=I('<div class="canvas svelte-hcci9q"><canvas></canvas></div>'),cb=I('<section class="panel chartbox svelte-hcci9q"><header class="svelte-hcci9q"><h2> </h2> <button class="link"> </button></header> <!></section>');function Ea(t,e){bn(e,!0);let n=K(!1),i=K(void 0),r;Vr(()=>{if(!(c(n)||!c(i)))return r?.destroy(),r=new rr(c(i),e.config),()=>{r?.destroy(),r=void 0}}),Kh(()=>r?.destroy());var s=cb(),a=x(s),o=x(a),l=w(o,!0),u=p(o,2),d=w(u,!0),h=p(a,2);{var f=v=>{var b=lb(),_=x(b),k=x(_),M=x(k);ge(M,21,()=>e.columns,Se,(L,C,F)=>{var z=sb();vt(z,1,"",null,{},{num:F>0});var R=w(z,!0);P(()=>m(R,c(C))),O(L,z)});var T=p(k);ge(T,21,()=>e.rows,Se,(L,C)=>{var F=ob();ge(F,21,()=>c(C),Se,(z,R,E)=>{var $=ab();vt($,1,"",null,{},{num:E>0});var V=w($,!0);P(()=>m(V,c(R))),O(z,$)}),O(L,F)}),O(v,b)},g=v=>{var b=ub(),_=x(b);mc(_,k=>S(i,k),()=>c(i)),O(v,b)};se(h,v=>{c(n)?v(f):v(g,-1)})}P(v=>{an(s,"data-chart",e.id),m(l,e.title),m(d,v)},[()=>c(n)?y("ui-show-chart"):y("ui-show-table")]),fe("click",u,()=>S(n,!c(n))),O(t,s),yn()}Kn(["click"]);const db=["leads","spend","revenue","roi_pct","cpl","won_deals","cac","unknown_source_pct"],hb=["first_touch","last_touch","linear","position_based","time_decay","data_driven"],fb=["ytd","year","quarter","month","custom"],gb=t=>`figure-${t.replaceAll("_","-")}`,pu=t=>`model-${t.replaceAll("_","-")}`;function Ua(t,e,n,i){if(n==null)return"–";switch(e){case"money":return Nt(t,n,i);case"pct":return Ri(t,n);case"ratio":return Kt(t,n,2);case"days":return Kt(t,n,1);default:return Kt(t,n,1)}}function pb(t){return db.map(e=>t.kpis.find(n=>n.key===e)).filter(e=>!!e)}function mu(t,e,n){if(e.expected===null)return null;const i=Number(e.expected),r=Number(e.band??"0"),s=Math.max(0,i-r).toFixed(2),a=(i+r).toFixed(2);return`${Ua(t,e.kind,s,n)} – ${Ua(t,e.kind,a,n)}`}function mb(t,e){return If(t,e.delta_pct)}const vu=t=>!["spend","cpl","cac","unknown_source_pct"].includes(t);function vb(t,e){return e.monthly.map(n=>[Gi(t,n.month),n.this_year===null?"–":Kt(t,n.this_year),Kt(t,n.one_year_back),Kt(t,n.two_years_back)])}function _u(t){return t.filter(e=>Number(e.leads??0)>0||Number(e.spend??0)>0||Number(e.revenue??0)>0).sort((e,n)=>Number(n.leads??0)-Number(e.leads??0))}function _b(t,e,n,i,r,s,a){return{period:t,year:t==="year"||t==="quarter"||t==="month"?e:null,quarter:t==="quarter"?n:null,month:t==="month"?i:null,from:t==="custom"?r:null,to:t==="custom"?s:null,model:a,as_of:null}}function bb(t,e,n){switch(t.key){case"unknown_source_high":return{id:"warning-unknown-source-high",args:{pct:Ri(n,e.untracked_pct)}};case"unresolved_source":return{id:"warning-unresolved-source",args:{}};case"data_driven_fallback":return{id:"warning-data-driven-fallback",args:{}};default:return null}}var ks=I("<option> </option>"),yb=I('<label> <input type="number" min="1990" max="2200" style="width: 90px"/></label>'),bu=I("<label> <select></select></label>"),wb=I('<label> <input type="date"/></label> <label> <input type="date"/></label>',1),kb=I('<p class="error" role="alert"> </p>'),xb=I('<span class="muted">· …</span>'),Sb=I('<div class="alarm svelte-1c3a88p" id="untracked-alarm" role="alert"><strong> </strong> <span> </span></div>'),Mb=I('<p class="alarm svelte-1c3a88p"> </p>'),Eb=I('<span class="muted small svelte-1c3a88p"> </span>'),Ab=I("<span> </span>"),Db=I('<div class="panel tile svelte-1c3a88p"><span class="label svelte-1c3a88p"> </span> <strong class="value svelte-1c3a88p"> </strong> <span> </span> <!> <!></div>'),Tb=I('<p class="muted"> </p>'),Ob=I("<em> </em>"),Cb=I("<li> <!></li>"),$b=I('<ul class="svelte-1c3a88p"></ul>'),Pb=I("<select><option> </option><option> </option><option> </option></select>"),Lb=I("<button> </button>"),Ib=I('<th class="num"> </th>'),zb=I('<td class="num"> </td>'),Rb=I("<tr><td> </td><!></tr>"),Fb=I('<p class="muted small svelte-1c3a88p"> </p>'),jb=I('<div class="tablewrap svelte-1c3a88p"><table><thead><tr><th> </th><!></tr></thead><tbody></tbody></table></div> <!>',1),Nb=I('<p class="muted period svelte-1c3a88p"> <!></p> <!> <!> <div class="tiles svelte-1c3a88p"></div> <div class="charts svelte-1c3a88p"><!> <!> <!> <section class="panel warnings svelte-1c3a88p"><h2> </h2> <!></section></div> <section class="panel compare svelte-1c3a88p"><header class="row svelte-1c3a88p"><h2 class="svelte-1c3a88p"> </h2> <!></header> <!></section>',1),Bb=I('<div class="head svelte-1c3a88p"><h1 class="svelte-1c3a88p"> </h1> <div class="row pickers"><label> <select id="period-kind"></select></label> <!> <!> <!> <!> <label> <select id="model"></select></label></div></div> <!> <!>',1);function yu(t,e){bn(e,!0);const n=di(()=>e.status.today),i=Number(n.slice(0,4));let r=K("ytd"),s=K(xt(i)),a=K(Math.floor((Number(n.slice(5,7))-1)/3)+1),o=K(xt(Number(n.slice(5,7)))),l=K(`${i}-01-01`),u=K(xt(n)),d=K("first_touch"),h=K(null),f=K(null),g=K("leads"),v=K(""),b=K(!1);const _=We(()=>_b(c(r),c(s),c(a),c(o),c(l),c(u),c(d)));Vr(()=>{const q=c(_);S(b,!0),Ne("dashboard",{query:q}).then(G=>{S(h,G,!0),S(v,""),c(f)&&k()}).catch(G=>S(v,et(G),!0)).finally(()=>S(b,!1))});async function k(){try{S(f,await Ne("model_comparison",{query:c(_)}),!0)}catch(q){S(v,et(q),!0)}}const M=We(()=>un.lang),T=We(()=>c(h)?.currency??e.status.currency),L=We(()=>{if(!c(h))return null;const q=c(h).monthly_year;return{type:"bar",data:{labels:c(h).monthly.map(G=>Gi(c(M),G.month)),datasets:[{type:"bar",label:String(q),data:c(h).monthly.map(G=>G.this_year),backgroundColor:zi[0],order:2},{type:"line",label:String(q-1),data:c(h).monthly.map(G=>G.one_year_back),borderColor:zi[3],backgroundColor:zi[3],order:1},{type:"line",label:String(q-2),data:c(h).monthly.map(G=>G.two_years_back),borderColor:zi[1],backgroundColor:zi[1],borderDash:[4,4],order:1}]},options:{maintainAspectRatio:!1,plugins:{legend:{position:"bottom"}},scales:{y:{beginAtZero:!0}}}}}),C=We(()=>c(h)?_u(c(h).channels):[]),F=We(()=>c(h)?_u(c(h).sources).slice(0,12):[]);function z(q,G){return{type:"bar",data:{labels:q.map(te=>te.name),datasets:[{label:G,data:q.map(te=>te.v===null?null:Number(te.v)),backgroundColor:zi[0]}]},options:{indexAxis:"y",maintainAspectRatio:!1,plugins:{legend:{display:!1}},scales:{y:{ticks:{autoSkip:!1}}}}}}var R=Bb(),E=_t(R),$=x(E),V=w($,!0),ne=p($,2),Q=x(ne),oe=x(Q),H=p(oe);ge(H,21,()=>fb,Se,(q,G)=>{var te=ks(),W=w(te,!0),D={};P(Y=>{m(W,Y),D!==(D=c(G))&&(te.value=(te.__value=D)??"")},[()=>y(`ui-period-${c(G)}`)]),O(q,te)}),Et(H);var Z=p(Q,2);{var le=q=>{var G=yb(),te=x(G),W=p(te);P(D=>m(te,D),[()=>y("ui-year")]),Ge(W,()=>c(s),D=>S(s,D)),O(q,G)};se(Z,q=>{(c(r)==="year"||c(r)==="quarter"||c(r)==="month")&&q(le)})}var xe=p(Z,2);{var ze=q=>{var G=bu(),te=x(G),W=p(te);ge(W,20,()=>[1,2,3,4],Se,(D,Y)=>{var ae=ks(),U=w(ae),ee={};P(()=>{m(U,`Q${Y??""}`),ee!==(ee=Y)&&(ae.value=(ae.__value=ee)??"")}),O(D,ae)}),Et(W),P(D=>m(te,D),[()=>y("ui-quarter")]),At(W,()=>c(a),D=>S(a,D)),O(q,G)};se(xe,q=>{c(r)==="quarter"&&q(ze)})}var Ce=p(xe,2);{var Pe=q=>{var G=bu(),te=x(G),W=p(te);ge(W,20,()=>Array.from({length:12},(D,Y)=>Y+1),Se,(D,Y)=>{var ae=ks(),U=w(ae,!0),ee={};P(de=>{m(U,de),ee!==(ee=Y)&&(ae.value=(ae.__value=ee)??"")},[()=>Gi(c(M),Y)]),O(D,ae)}),Et(W),P(D=>m(te,D),[()=>y("ui-month")]),At(W,()=>c(o),D=>S(o,D)),O(q,G)};se(Ce,q=>{c(r)==="month"&&q(Pe)})}var qe=p(Ce,2);{var Xe=q=>{var G=wb(),te=_t(G),W=x(te),D=p(W),Y=p(te,2),ae=x(Y),U=p(ae);P((ee,de)=>{m(W,ee),m(ae,de)},[()=>y("ui-from"),()=>y("ui-to")]),Ge(D,()=>c(l),ee=>S(l,ee)),Ge(U,()=>c(u),ee=>S(u,ee)),O(q,G)};se(qe,q=>{c(r)==="custom"&&q(Xe)})}var Ke=p(qe,2),Ue=x(Ke),Ye=p(Ue);ge(Ye,21,()=>hb,Se,(q,G)=>{var te=ks(),W=w(te,!0),D={};P(Y=>{m(W,Y),D!==(D=c(G))&&(te.value=(te.__value=D)??"")},[()=>y(pu(c(G)))]),O(q,te)}),Et(Ye);var bt=p(E,2);{var Tt=q=>{var G=kb(),te=w(G,!0);P(()=>m(te,c(v))),O(q,G)};se(bt,q=>{c(v)&&q(Tt)})}var ft=p(bt,2);{var yt=q=>{var G=Nb(),te=_t(G),W=x(te),D=p(W);{var Y=ie=>{var X=xb();O(ie,X)};se(D,ie=>{c(b)&&ie(Y)})}var ae=p(te,2);{var U=ie=>{var X=Sb(),be=x(X),B=w(be,!0),j=p(be,2),J=w(j,!0);P((ce,me)=>{m(B,ce),m(J,me)},[()=>y("ui-untracked-alarm",{pct:Ri(c(M),c(h).untracked_pct)}),()=>y("ui-untracked-advice")]),O(ie,X)};se(ae,ie=>{c(h).untracked_alarm&&ie(U)})}var ee=p(ae,2);{var de=ie=>{var X=Mb(),be=w(X,!0);P(B=>m(be,B),[()=>y("model-fallback")]),O(ie,X)};se(ee,ie=>{c(h).fallback_model&&ie(de)})}var ye=p(ee,2);ge(ye,21,()=>pb(c(h)),Se,(ie,X)=>{var be=Db(),B=x(be),j=w(B,!0),J=p(B,2),ce=w(J,!0),me=p(J,2);let je;var at=w(me,!0),mt=p(me,2);{var Mt=N=>{var re=Eb(),he=w(re,!0);P(ue=>m(he,ue),[()=>y("ui-expected",{range:mu(c(M),c(X),c(T))??""})]),O(N,re)},rt=We(()=>mu(c(M),c(X),c(T)));se(mt,N=>{c(rt)&&N(Mt)})}var ot=p(mt,2);{var A=N=>{var re=Ab(),he=w(re,!0);P(ue=>{vt(re,1,`chip ${c(X).status??""}`,"svelte-1c3a88p"),m(he,ue)},[()=>y(`status-${c(X).status}`)]),O(N,re)};se(ot,N=>{c(X).status&&N(A)})}P((N,re,he,ue,ve)=>{an(be,"data-kpi",c(X).key),m(j,N),m(ce,re),je=vt(me,1,"delta svelte-1c3a88p",null,je,{good:he,bad:ue}),m(at,ve)},[()=>y(gb(c(X).key)),()=>Ua(c(M),c(X).kind,c(X).value,c(T)),()=>c(X).delta_pct!==null&&Number(c(X).delta_pct)>0===vu(c(X).key)&&Number(c(X).delta_pct)!==0,()=>c(X).delta_pct!==null&&Number(c(X).delta_pct)<0===vu(c(X).key)&&Number(c(X).delta_pct)!==0,()=>y("ui-vs-last-year",{change:mb(c(M),c(X))})]),O(ie,be)});var Me=p(ye,2),$e=x(Me);{var pe=ie=>{{let X=We(()=>y("ui-chart-leads",{year:String(c(h).monthly_year)})),be=We(()=>[y("ui-month"),String(c(h).monthly_year),String(c(h).monthly_year-1),String(c(h).monthly_year-2)]),B=We(()=>vb(c(M),c(h)));Ea(ie,{id:"leads",get title(){return c(X)},get config(){return c(L)},get columns(){return c(be)},get rows(){return c(B)}})}};se($e,ie=>{c(L)&&ie(pe)})}var tt=p($e,2);{let ie=We(()=>y("chart-roi-title")),X=We(()=>z(c(C).map(j=>({name:j.name,v:j.roi_pct})),y("figure-roi-pct"))),be=We(()=>[y("ui-channel"),y("figure-leads"),y("figure-spend"),y("figure-revenue"),y("figure-roi-pct"),y("figure-cpl")]),B=We(()=>c(C).map(j=>[j.name,Kt(c(M),j.leads,1),Nt(c(M),j.spend,c(T)),Nt(c(M),j.revenue,c(T)),Ri(c(M),j.roi_pct),Nt(c(M),j.cpl,c(T))]));Ea(tt,{id:"roi",get title(){return c(ie)},get config(){return c(X)},get columns(){return c(be)},get rows(){return c(B)}})}var Qe=p(tt,2);{let ie=We(()=>y("ui-chart-cpl")),X=We(()=>z(c(F).map(j=>({name:j.name,v:j.cpl})),y("figure-cpl"))),be=We(()=>[y("ui-source"),y("figure-leads"),y("figure-spend"),y("figure-revenue"),y("figure-roi-pct"),y("figure-cpl")]),B=We(()=>c(F).map(j=>[j.name,Kt(c(M),j.leads,1),Nt(c(M),j.spend,c(T)),Nt(c(M),j.revenue,c(T)),Ri(c(M),j.roi_pct),Nt(c(M),j.cpl,c(T))]));Ea(Qe,{id:"cpl",get title(){return c(ie)},get config(){return c(X)},get columns(){return c(be)},get rows(){return c(B)}})}var ct=p(Qe,2),nt=x(ct),wt=w(nt,!0),Be=p(nt,2);{var it=ie=>{var X=Tb(),be=w(X,!0);P(B=>m(be,B),[()=>y("warning-none")]),O(ie,X)},we=ie=>{var X=$b();ge(X,21,()=>c(h).warnings,Se,(be,B)=>{const j=We(()=>bb(c(B),c(h),c(M)));var J=Cb(),ce=x(J),me=p(ce);{var je=at=>{var mt=Ob(),Mt=w(mt);P(()=>m(Mt,`(${c(B).source??""})`)),O(at,mt)};se(me,at=>{c(B).source&&at(je)})}P(at=>m(ce,at),[()=>c(j)?y(c(j).id,c(j).args):c(B).message]),O(be,J)}),O(ie,X)};se(Be,ie=>{c(h).warnings.length===0?ie(it):ie(we,-1)})}var Te=p(Me,2),Ee=x(Te),Re=x(Ee),Je=w(Re,!0),dt=p(Re,2);{var gt=ie=>{var X=Pb(),be=x(X),B=w(be,!0);be.value=be.__value="leads";var j=p(be),J=w(j,!0);j.value=j.__value="revenue";var ce=p(j),me=w(ce,!0);ce.value=ce.__value="roi_pct",Et(X),P((je,at,mt)=>{m(B,je),m(J,at),m(me,mt)},[()=>y("figure-leads"),()=>y("figure-revenue"),()=>y("figure-roi-pct")]),At(X,()=>c(g),je=>S(g,je)),O(ie,X)},pt=ie=>{var X=Lb(),be=w(X,!0);P(B=>m(be,B),[()=>y("ui-compare-models-show")]),fe("click",X,k),O(ie,X)};se(dt,ie=>{c(f)?ie(gt):ie(pt,-1)})}var Oe=p(Ee,2);{var Fe=ie=>{var X=jb(),be=_t(X),B=x(be),j=x(B),J=x(j),ce=x(J),me=w(ce,!0),je=p(ce);ge(je,17,()=>c(f).models,Se,(rt,ot)=>{var A=Ib(),N=w(A,!0);P(re=>m(N,re),[()=>y(pu(c(ot)))]),O(rt,A)});var at=p(j);ge(at,21,()=>c(f).channels.filter(rt=>rt.leads.some(ot=>Number(ot??0)>0)),Se,(rt,ot)=>{var A=Rb(),N=x(A),re=w(N,!0),he=p(N);ge(he,17,()=>c(ot)[c(g)],Se,(ue,ve)=>{var _e=zb(),Ve=w(_e,!0);P(st=>m(Ve,st),[()=>c(g)==="leads"?Kt(c(M),c(ve),1):c(g)==="revenue"?Nt(c(M),c(ve),c(T)):Ri(c(M),c(ve))]),O(ue,_e)}),P(()=>m(re,c(ot).name)),O(rt,A)});var mt=p(be,2);{var Mt=rt=>{var ot=Fb(),A=w(ot,!0);P(N=>m(A,N),[()=>y("model-fallback")]),O(rt,ot)};se(mt,rt=>{c(f).data_driven_fallback&&rt(Mt)})}P(rt=>m(me,rt),[()=>y("ui-channel")]),O(ie,X)};se(Oe,ie=>{c(f)&&ie(Fe)})}P((ie,X,be)=>{m(W,`${ie??""} `),m(wt,X),m(Je,be)},[()=>y("period-range",{from:Mi(c(M),c(h).from),to:Mi(c(M),c(h).effective_to)}),()=>y("ui-warnings"),()=>y("ui-compare-models")]),O(q,G)};se(ft,q=>{c(h)&&q(yt)})}P((q,G,te)=>{m(V,q),m(oe,`${G??""} `),m(Ue,`${te??""} `)},[()=>y("ui-nav-dashboard"),()=>y("ui-period"),()=>y("ui-model")]),At(H,()=>c(r),q=>S(r,q)),At(Ye,()=>c(d),q=>S(d,q)),O(t,R),yn()}Kn(["click"]);var Vb=I('<dl class="detected svelte-rrvdz2"><div><dt class="svelte-rrvdz2"> </dt><dd class="svelte-rrvdz2"> </dd></div> <div><dt class="svelte-rrvdz2"> </dt><dd class="svelte-rrvdz2"><code> </code></dd></div> <div><dt class="svelte-rrvdz2"> </dt><dd class="svelte-rrvdz2"><code> </code></dd></div> <div><dt class="svelte-rrvdz2"> </dt><dd class="svelte-rrvdz2"> </dd></div></dl>'),Wb=I("<th> </th>"),Hb=I("<td> </td>"),qb=I("<tr></tr>"),Kb=I('<div class="tablewrap svelte-rrvdz2"><table><thead><tr></tr></thead><tbody></tbody></table></div>'),wu=I("<option> </option>"),Ub=I("<progress></progress>"),Yb=I('<!> <!> <div class="row go svelte-rrvdz2"><label> <select id="import-kind"></select></label> <label class="check svelte-rrvdz2"><input type="checkbox"/> </label> <button class="primary" id="import-run"> </button> <!></div>',1),Zb=I('<p class="ok svelte-rrvdz2" id="import-result" role="status"> </p>'),Gb=I('<tr class="bad-row"><td class="num"> </td><td> </td><td> </td></tr>'),Xb=I('<div class="refused svelte-rrvdz2" id="import-result" role="alert"><strong class="svelte-rrvdz2"> </strong> <table><thead><tr><th class="num"> </th><th> </th><th> </th></tr></thead><tbody></tbody></table></div>'),Qb=I("<li> </li>"),Jb=I('<ul class="error"></ul>'),ey=I('<p class="error" role="alert"> </p>'),ty=I('<p class="ok svelte-rrvdz2"> </p>'),ny=I('<h1> </h1> <section class="panel svelte-rrvdz2"><h2> </h2> <div class="row"><button class="primary"> </button> <label class="grow svelte-rrvdz2"> <input id="import-path" placeholder="/home/…/inquiries.csv"/></label> <button id="import-preview"> </button></div> <!> <!> <!> <!></section> <section class="panel export svelte-rrvdz2"><h2> </h2> <div class="row"><label> <select></select></label> <button> </button></div> <!></section>',1);function iy(t,e){bn(e,!0);const n=["inquiries","deals","spend","sources","targets","traffic"];let i=K(""),r=K(null),s=K("inquiries"),a=K(!1),o=K(null),l=K(!1),u=K(""),d=K("inquiries"),h=K("");const f=We(()=>un.lang);async function g(){try{const D=await Ne("pick_import_file",{});D&&(S(i,D,!0),await v())}catch(D){S(u,et(D),!0)}}async function v(){if(S(u,""),S(o,null),S(r,null),!!c(i).trim())try{S(r,await Ne("import_preview",{path:c(i).trim()}),!0),c(r).kind&&S(s,c(r).kind,!0)}catch(D){S(u,et(D),!0)}}async function b(){S(l,!0),S(u,""),S(o,null);try{S(o,await Ne("import_file",{path:c(i).trim(),kind:c(s),createSources:c(a)}),!0)}catch(D){S(u,et(D),!0)}finally{S(l,!1)}}async function _(){S(h,"");try{const D=await Ne("export_file",{kind:c(d)});D&&S(h,y("ui-export-done",{path:D.path}),!0)}catch(D){S(u,et(D),!0)}}const k=D=>D==="	"?"Tab":D===" "?"␠":D;var M=ny(),T=_t(M),L=w(T,!0),C=p(T,2),F=x(C),z=w(F,!0),R=p(F,2),E=x(R),$=w(E,!0),V=p(E,2),ne=x(V),Q=p(ne),oe=p(V,2),H=w(oe,!0),Z=p(R,2);{var le=D=>{var Y=Yb(),ae=_t(Y);{var U=we=>{var Te=Vb(),Ee=x(Te),Re=x(Ee),Je=w(Re,!0),dt=p(Re),gt=w(dt,!0),pt=p(Ee,2),Oe=x(pt),Fe=w(Oe,!0),ie=p(Oe),X=x(ie),be=w(X,!0),B=p(pt,2),j=x(B),J=w(j,!0),ce=p(j),me=x(ce),je=w(me,!0),at=p(B,2),mt=x(at),Mt=w(mt,!0),rt=p(mt),ot=w(rt,!0);P((A,N,re,he,ue)=>{m(Je,A),m(gt,c(r).detected.encoding),m(Fe,N),m(be,re),m(J,he),m(je,c(r).detected.decimal_separator??"–"),m(Mt,ue),m(ot,c(r).detected.date_format)},[()=>y("ui-import-encoding"),()=>y("ui-import-delimiter"),()=>k(c(r).detected.delimiter),()=>y("ui-import-decimal"),()=>y("ui-import-dates")]),O(we,Te)};se(ae,we=>{c(r).detected&&we(U)})}var ee=p(ae,2);{var de=we=>{var Te=Kb(),Ee=x(Te),Re=x(Ee),Je=x(Re);ge(Je,21,()=>c(r).header,Se,(gt,pt)=>{var Oe=Wb(),Fe=w(Oe,!0);P(()=>m(Fe,c(pt))),O(gt,Oe)});var dt=p(Re);ge(dt,21,()=>c(r).rows,Se,(gt,pt)=>{var Oe=qb();ge(Oe,21,()=>c(pt),Se,(Fe,ie)=>{var X=Hb(),be=w(X,!0);P(()=>m(be,c(ie))),O(Fe,X)}),O(gt,Oe)}),O(we,Te)};se(ee,we=>{c(r).header.length&&we(de)})}var ye=p(ee,2),Me=x(ye),$e=x(Me),pe=p($e);ge(pe,21,()=>n,Se,(we,Te)=>{var Ee=wu(),Re=w(Ee,!0),Je={};P(dt=>{m(Re,dt),Je!==(Je=c(Te))&&(Ee.value=(Ee.__value=Je)??"")},[()=>y(`ui-kind-file-${c(Te)}`)]),O(we,Ee)}),Et(pe);var tt=p(Me,2),Qe=x(tt),ct=p(Qe),nt=p(tt,2),wt=w(nt,!0),Be=p(nt,2);{var it=we=>{var Te=Ub();O(we,Te)};se(Be,we=>{c(l)&&we(it)})}P((we,Te,Ee)=>{m($e,we),m(ct,` ${Te??""}`),nt.disabled=c(l),m(wt,Ee)},[()=>y("ui-import-kind"),()=>y("ui-import-create-sources"),()=>c(l)?y("ui-import-running"):y("ui-import-run")]),At(pe,()=>c(s),we=>S(s,we)),pc(Qe,()=>c(a),we=>S(a,we)),fe("click",nt,b),O(D,Y)};se(Z,D=>{c(r)&&D(le)})}var xe=p(Z,2);{var ze=D=>{var Y=Ia(),ae=_t(Y);{var U=de=>{var ye=Zb(),Me=w(ye,!0);P($e=>m(Me,$e),[()=>y("ui-import-accepted",{rows:Kt(c(f),c(o).rows),inserted:Kt(c(f),c(o).inserted),updated:Kt(c(f),c(o).updated),unchanged:Kt(c(f),c(o).unchanged)})]),O(de,ye)},ee=de=>{var ye=Xb(),Me=x(ye),$e=w(Me,!0),pe=p(Me,2),tt=x(pe),Qe=x(tt),ct=x(Qe),nt=w(ct,!0),wt=p(ct),Be=w(wt,!0),it=p(wt),we=w(it,!0),Te=p(tt);ge(Te,21,()=>c(o).errors,Se,(Ee,Re)=>{var Je=Gb(),dt=x(Je),gt=w(dt,!0),pt=p(dt),Oe=w(pt,!0),Fe=p(pt),ie=w(Fe,!0);P(()=>{m(gt,c(Re).row),m(Oe,c(Re).column??""),m(ie,c(Re).reason)}),O(Ee,Je)}),P((Ee,Re,Je,dt)=>{m($e,Ee),m(nt,Re),m(Be,Je),m(we,dt)},[()=>y("ui-import-refused",{count:c(o).errors.length}),()=>y("ui-import-row"),()=>y("ui-import-column"),()=>y("ui-import-reason")]),O(de,ye)};se(ae,de=>{c(o).accepted?de(U):de(ee,-1)})}O(D,Y)};se(xe,D=>{c(o)&&D(ze)})}var Ce=p(xe,2);{var Pe=D=>{var Y=Jb();ge(Y,21,()=>c(r).errors,Se,(ae,U)=>{var ee=Qb(),de=w(ee);P(ye=>m(de,`${ye??""} ${c(U).row??""}: ${c(U).reason??""}`),[()=>y("ui-import-row")]),O(ae,ee)}),O(D,Y)};se(Ce,D=>{c(r)&&c(r).errors.length&&D(Pe)})}var qe=p(Ce,2);{var Xe=D=>{var Y=ey(),ae=w(Y,!0);P(()=>m(ae,c(u))),O(D,Y)};se(qe,D=>{c(u)&&D(Xe)})}var Ke=p(C,2),Ue=x(Ke),Ye=w(Ue,!0),bt=p(Ue,2),Tt=x(bt),ft=x(Tt),yt=p(ft);ge(yt,21,()=>n,Se,(D,Y)=>{var ae=wu(),U=w(ae,!0),ee={};P(de=>{m(U,de),ee!==(ee=c(Y))&&(ae.value=(ae.__value=ee)??"")},[()=>y(`ui-kind-file-${c(Y)}`)]),O(D,ae)}),Et(yt);var q=p(Tt,2),G=w(q,!0),te=p(bt,2);{var W=D=>{var Y=ty(),ae=w(Y,!0);P(()=>m(ae,c(h))),O(D,Y)};se(te,D=>{c(h)&&D(W)})}P((D,Y,ae,U,ee,de,ye,Me)=>{m(L,D),m(z,Y),m($,ae),m(ne,U),m(H,ee),m(Ye,de),m(ft,ye),m(G,Me)},[()=>y("ui-nav-import"),()=>y("ui-import-title"),()=>y("ui-import-choose"),()=>y("ui-import-path"),()=>y("ui-import-preview"),()=>y("ui-export-title"),()=>y("ui-import-kind"),()=>y("ui-export-run")]),fe("click",E,g),fe("keydown",Q,D=>D.key==="Enter"&&v()),Ge(Q,()=>c(i),D=>S(i,D)),fe("click",oe,v),At(yt,()=>c(d),D=>S(d,D)),fe("click",q,_),O(t,M),yn()}Kn(["click","keydown"]);var ku=I("<option> </option>"),ry=I('<span class="ok svelte-1qbdpss"> </span>'),sy=I('<p class="error" role="alert"> </p>'),ay=I('<form class="panel svelte-1qbdpss"><label> <input/></label> <label> <input disabled=""/><small class="svelte-1qbdpss"> </small></label> <label> <select></select></label> <label> <input inputmode="decimal"/><small class="svelte-1qbdpss"> </small></label> <label> <input inputmode="decimal"/><small class="svelte-1qbdpss"> </small></label> <label> <select></select></label> <div class="row"><button class="primary" type="submit"> </button><!></div> <!></form> <p class="muted where svelte-1qbdpss"> </p>',1),oy=I('<p class="error"> </p>'),ly=I("<h1> </h1> <!>",1);function uy(t,e){bn(e,!0);let n=K(null),i=K(""),r=K(""),s=K(null),a=K(!1);const o=We(()=>un.lang);Ne("get_settings",{}).then(b=>{S(n,b,!0),S(i,Kt(c(o),String(Number(b.gross_margin)*100),2),!0)}).catch(b=>S(r,et(b),!0));async function l(b){if(b.preventDefault(),!c(n))return;const _=Pr(c(i),c(o));if(_===null){S(s,"gross_margin"),S(r,y("ui-spend-bad-amount",{text:c(i)}),!0);return}try{const k=(Number(_)/100).toFixed(4);S(n,await Ne("update_settings",{settings:{...c(n),gross_margin:k}}),!0),S(r,""),S(s,null),S(a,!0),setTimeout(()=>S(a,!1),2e3),e.onstatus()}catch(k){S(r,et(k),!0),S(s,qr(k),!0)}}var u=ly(),d=_t(u),h=w(d,!0),f=p(d,2);{var g=b=>{var _=ay(),k=_t(_),M=x(k),T=x(M),L=p(T);let C;var F=p(M,2),z=x(F),R=p(z),E=p(R),$=w(E,!0),V=p(F,2),ne=x(V),Q=p(ne);ge(Q,20,()=>Array.from({length:12},(U,ee)=>ee+1),Se,(U,ee)=>{var de=ku(),ye=w(de,!0),Me={};P($e=>{m(ye,$e),Me!==(Me=ee)&&(de.value=(de.__value=Me)??"")},[()=>Gi(c(o),ee)]),O(U,de)}),Et(Q);var oe=p(V,2),H=x(oe),Z=p(H);let le;var xe=p(Z),ze=w(xe,!0),Ce=p(oe,2),Pe=x(Ce),qe=p(Pe);let Xe;var Ke=p(qe),Ue=w(Ke,!0),Ye=p(Ce,2),bt=x(Ye),Tt=p(bt);ge(Tt,21,()=>oo,Se,(U,ee)=>{var de=ku(),ye=w(de,!0),Me={};P($e=>{m(ye,$e),Me!==(Me=c(ee))&&(de.value=(de.__value=Me)??"")},[()=>y(`ui-language-${c(ee)}`)]),O(U,de)}),Et(Tt);var ft=p(Ye,2),yt=x(ft),q=w(yt,!0),G=p(yt);{var te=U=>{var ee=ry(),de=w(ee,!0);P(ye=>m(de,ye),[()=>y("ui-saved")]),O(U,ee)};se(G,U=>{c(a)&&U(te)})}var W=p(ft,2);{var D=U=>{var ee=sy(),de=w(ee,!0);P(()=>m(de,c(r))),O(U,ee)};se(W,U=>{c(r)&&U(D)})}var Y=p(k,2),ae=w(Y,!0);P((U,ee,de,ye,Me,$e,pe,tt,Qe,ct,nt)=>{m(T,U),C=vt(L,1,"",null,C,{invalid:c(s)==="company_name"}),m(z,ee),fc(R,c(n).currency),m($,de),m(ne,`${ye??""} `),m(H,Me),le=vt(Z,1,"",null,le,{invalid:c(s)==="gross_margin"}),m(ze,$e),m(Pe,pe),Xe=vt(qe,1,"",null,Xe,{invalid:c(s)==="half_life_days"}),m(Ue,tt),m(bt,`${Qe??""} `),m(q,ct),m(ae,nt)},[()=>y("ui-settings-company"),()=>y("ui-settings-currency"),()=>y("ui-settings-currency-fixed"),()=>y("ui-settings-fiscal-start"),()=>y("ui-settings-margin"),()=>y("ui-settings-margin-hint"),()=>y("ui-settings-half-life"),()=>y("ui-settings-half-life-hint"),()=>y("ui-settings-language"),()=>y("ui-save"),()=>e.status.demo?y("ui-demo-banner"):y("ui-settings-file",{path:e.status.db_path??""})]),on("submit",k,l),Ge(L,()=>c(n).company_name,U=>c(n).company_name=U),At(Q,()=>c(n).fiscal_year_start_month,U=>c(n).fiscal_year_start_month=U),Ge(Z,()=>c(i),U=>S(i,U)),Ge(qe,()=>c(n).half_life_days,U=>c(n).half_life_days=U),At(Tt,()=>c(n).language,U=>c(n).language=U),O(b,_)},v=b=>{var _=oy(),k=w(_,!0);P(()=>m(k,c(r))),O(b,_)};se(f,b=>{c(n)?b(g):c(r)&&b(v,1)})}P(b=>m(h,b),[()=>y("ui-nav-settings")]),O(t,u),yn()}var cy=I('<main class="center svelte-1n46o8q"><p class="error"> </p></main>'),dy=I('<main class="center svelte-1n46o8q"><p class="muted">…</p></main>'),hy=I('<button><span> </span><kbd class="svelte-1n46o8q"></kbd></button>'),fy=I('<p class="demo svelte-1n46o8q"> </p>'),gy=I('<div class="shell svelte-1n46o8q"><nav class="svelte-1n46o8q"><div class="brand svelte-1n46o8q"><span class="logo svelte-1n46o8q" aria-hidden="true"></span> <div><strong>Leadledger</strong> <small class="svelte-1n46o8q"> </small></div></div> <!> <!></nav> <main class="svelte-1n46o8q"><!></main></div>');function py(t,e){bn(e,!0);const n=[{id:"log",key:"ui-nav-log",comp:ug},{id:"inquiries",key:"ui-nav-inquiries",comp:wg},{id:"dashboard",key:"ui-nav-dashboard",comp:yu},{id:"spend",key:"ui-nav-spend",comp:Og},{id:"sources",key:"ui-nav-sources",comp:Bg},{id:"import",key:"ui-nav-import",comp:iy},{id:"settings",key:"ui-nav-settings",comp:uy}];let i=K(null),r=K(""),s=K(xt(new URLSearchParams(location.search).get("screen")??"dashboard"));async function a(){try{S(i,await Ne("session_status",{}),!0),ja(c(i).language)}catch(f){S(r,et(f),!0)}}a();function o(f){S(i,f,!0),ja(f.language),S(s,"dashboard")}function l(f){f.altKey&&/^[1-7]$/.test(f.key)&&c(i)&&!c(i).needs_setup&&(S(s,n[Number(f.key)-1].id,!0),f.preventDefault())}const u=We(()=>n.find(f=>f.id===c(s))?.comp??yu);var d=Ia();on("keydown",Cs,l);var h=_t(d);Ph(h,()=>un.lang,f=>{var g=Ia(),v=_t(g);{var b=T=>{var L=cy(),C=x(L),F=w(C,!0);P(()=>m(F,c(r))),O(T,L)},_=T=>{var L=dy();O(T,L)},k=T=>{Ff(T,{onstarted:o})},M=T=>{var L=gy(),C=x(L),F=x(C),z=p(x(F),2),R=p(x(z),2),E=w(R,!0),$=p(F,2);ge($,17,()=>n,Se,(H,Z,le)=>{var xe=hy();let ze;var Ce=x(xe),Pe=w(Ce,!0),qe=p(Ce);qe.textContent=`Alt ${le+1}`,P(Xe=>{an(xe,"data-screen",c(Z).id),ze=vt(xe,1,"svelte-1n46o8q",null,ze,{active:c(s)===c(Z).id}),m(Pe,Xe)},[()=>y(c(Z).key)]),fe("click",xe,()=>S(s,c(Z).id,!0)),O(H,xe)});var V=p($,2);{var ne=H=>{var Z=fy(),le=w(Z,!0);P(xe=>m(le,xe),[()=>y("ui-demo-banner")]),O(H,Z)};se(V,H=>{c(i).demo&&H(ne)})}var Q=p(C,2),oe=x(Q);Rh(oe,()=>c(u),(H,Z)=>{Z(H,{get status(){return c(i)},onstatus:a,onswitch:le=>S(s,le,!0)})}),P(H=>m(E,H),[()=>c(i).company||y("ui-unnamed-company")]),O(T,L)};se(v,T=>{c(r)?T(b):c(i)?c(i).needs_setup?T(k,2):T(M,-1):T(_,1)})}O(f,g)}),O(t,d),yn()}Kn(["click"]);Th(py,{target:document.getElementById("app")});
